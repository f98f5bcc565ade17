// The README's React recipe: `coop-map/react`, with the data set as a prop and the events as
// camelCase props. Each handler leaves what it got on `window.app`, where the test reads it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CoopMap, type CoopLoadEvent, type CoopSelectEvent, type CoopFilterChangeEvent } from 'coop-map/react';
import type { CooperationDataInput } from 'coop-map';
import links from '../links.json';

const app: Record<string, unknown> = ((window as unknown as { app: Record<string, unknown> }).app = {});

function App() {
  return (
    <CoopMap
      data={links as CooperationDataInput}
      style={{ display: 'block', height: 600 }}
      onCoopLoad={(event: CoopLoadEvent) => (app.load = event.detail)}
      onCoopError={(event) => (app.error = event.detail)}
      onCoopSelect={(event: CoopSelectEvent) => (app.select = event.detail)}
      onCoopFilterChange={(event: CoopFilterChangeEvent) => (app.filterChange = event.detail)}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
