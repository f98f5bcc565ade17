// `coop-map/react`: <coop-map> as a React component, made with @lit/react. React 19 passes an
// object to a custom element as a property already, but its `on…` props name events case by
// case (`onCoop-load`, never `onCoopLoad`): the wrapper maps the four events to camelCase props
// and keeps React 18 working too. Importing this module registers the element.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CoopMap as CoopMapElement } from './coop-map.js';
import {
  COOP_EVENTS,
  type CoopErrorEvent,
  type CoopFilterChangeEvent,
  type CoopLoadEvent,
  type CoopSelectEvent,
} from './events.js';

export type { CoopErrorEvent, CoopFilterChangeEvent, CoopLoadEvent, CoopSelectEvent } from './events.js';

/**
 * `<CoopMap data={…} sectors="culture" onCoopLoad={…} />`: every property of the element is a
 * prop (objects such as `data`, `regions` and `mapStyle` are set as properties), and
 * `onCoopLoad`, `onCoopError`, `onCoopFilterChange`, `onCoopSelect` listen to its events.
 * A `ref` gives the element itself (`queryRenderedLinks()`, `exportPng()`, …).
 */
export const CoopMap = createComponent({
  react: React,
  tagName: 'coop-map',
  elementClass: CoopMapElement,
  displayName: 'CoopMap',
  events: {
    onCoopLoad: COOP_EVENTS.load as EventName<CoopLoadEvent>,
    onCoopError: COOP_EVENTS.error as EventName<CoopErrorEvent>,
    onCoopFilterChange: COOP_EVENTS.filterChange as EventName<CoopFilterChangeEvent>,
    onCoopSelect: COOP_EVENTS.select as EventName<CoopSelectEvent>,
  },
});
