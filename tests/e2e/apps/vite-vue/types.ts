// `coop-map/vue` types <coop-map> in Vue templates (type-checked by apps.test.ts): the props of the
// global component are the element's attributes, properties and `onCoop…` listeners.
import type { GlobalComponents } from 'vue';
import type {} from 'coop-map/vue';

type Props = InstanceType<GlobalComponents['coop-map']>['$props'];

export const props: Props = {
  src: 'cooperation.json',
  'no-legend': true,
  theme: 'dark',
  'onCoop-load': (event) => console.log(event.detail.links),
};
// @ts-expect-error: not one of its themes
export const wrong: Props = { theme: 'blue' };
