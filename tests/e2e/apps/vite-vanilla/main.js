// The README's recipe for a bundler: one import, nothing copied. The data set is given as an
// object, so the geodata (the places' shapes) is the only thing the element fetches.
import 'coop-map';
import links from '../links.json';

document.querySelector('coop-map').data = links;
