// The Custom Elements Manifest (custom-elements.json, named by `customElements` in package.json)
// that editors, Storybook and the framework typings read: `npm run build` writes it from the
// element's JSDoc. It lists what a page may use, and nothing of the element's inside: members
// that are private (`#…`, `private`) or protected, and the static `workerUrl` once, not as its
// getter and setter.
export default {
  globs: ['src/coop-map.component.ts', 'src/coop-map.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'coop-map:public-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.members) continue;
            const seen = new Set();
            declaration.members = declaration.members.filter((member) => {
              if (member.privacy === 'private' || member.privacy === 'protected') return false;
              if (member.name.startsWith('#')) return false;
              const key = `${member.static ? 'static ' : ''}${member.name}`;
              if (seen.has(key)) return false;
              seen.add(key);
              return true;
            });
            declaration.attributes = declaration.attributes?.filter((a) =>
              declaration.members.some((m) => m.name === a.fieldName),
            );
          }
        }
      },
    },
  ],
};
