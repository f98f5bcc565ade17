// The README's Angular recipe: CUSTOM_ELEMENTS_SCHEMA on the component that uses <coop-map>,
// `[data]` bound as a property, the events as `(coop-load)`, whose `$event` Angular's strict
// templates type from the element's event map. Angular's builder (esbuild) does not emit the
// files named by `new URL(…, import.meta.url)`, so angular.json copies the geodata and the app's
// MapLibre worker as assets, and the worker's URL is set here. Each handler leaves what it got on
// `window.app`, where the test reads it.
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { CoopMap, type CooperationDataInput } from 'coop-map';
import links from '../../links.json';

CoopMap.workerUrl = 'maplibre-gl-worker.mjs';

const app: Record<string, unknown> = ((window as unknown as { app: Record<string, unknown> }).app = {});

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<coop-map
    [data]="links"
    style="display: block; height: 600px"
    (coop-load)="app['load'] = $event.detail"
    (coop-error)="app['error'] = $event.detail"
    (coop-select)="app['select'] = $event.detail"
    (coop-filter-change)="app['filterChange'] = $event.detail"
  ></coop-map>`,
})
class App {
  readonly links = links as CooperationDataInput;
  readonly app = app;
}

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) =>
  console.error(error),
);
