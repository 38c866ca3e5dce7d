/**
 * A point's small map in <motcua-support-points>: the four tiles of the ward's own tile server around
 * the point, with a marker at the point, drawn as one SVG (the tiles are <image> elements placed by
 * attributes, so no style attribute is needed and a strict CSP holds). No panning or zooming: it answers
 * "where is it", and the link out to a map page gives directions.
 *
 * A module of its own with the "Xem bản đồ" button that opens the map, imported only once the list shows
 * that the ward configured a tile server: without one, neither this file nor any tile is ever requested,
 * and the tiles themselves only once a citizen presses the button. It imports nothing from Lit at run
 * time (the element hands it `html`). Its strings come with it.
 */
import type { TemplateResult } from 'lit';
import type { PartLit } from '../shared/on-demand.js';

export const strings = {
  vi: { showMap: 'Xem bản đồ', mapLabel: 'Bản đồ vị trí: {name}' },
  en: { showMap: 'Show the map', mapLabel: 'Map of where it is: {name}' },
};

/** The ward's tile server: a URL with {z}, {x} and {y} (https), and the credit its tiles need. */
export interface TileServer {
  tiles: string;
  attribution: string;
}

const ZOOM = 17;
const TILE = 256;
/** The view: under two tiles each way, so the four tiles around the point always cover it. */
const WIDTH = 256;
const HEIGHT = 192;

/** The point's position in pixels of the whole world map at ZOOM (Web Mercator, as tile servers cut it). */
export function worldPixel(lat: number, lng: number): { x: number; y: number } {
  const size = TILE * 2 ** ZOOM;
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: ((lng + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

/** The four tiles that cover the view centred on the point, each with its place in the view. */
export function tilesAround(server: string, lat: number, lng: number) {
  const p = worldPixel(lat, lng);
  const left = p.x - WIDTH / 2;
  const top = p.y - HEIGHT / 2;
  const tx = Math.floor(left / TILE);
  const ty = Math.floor(top / TILE);
  const url = (x: number, y: number) =>
    server.replace('{z}', String(ZOOM)).replace('{x}', String(x)).replace('{y}', String(y));
  return [0, 1, 2, 3].map((i) => {
    const x = tx + (i % 2);
    const y = ty + (i >> 1);
    return { href: url(x, y), x: x * TILE - left, y: y * TILE - top };
  });
}

/** The element's state the map reads and sets (setting it renders again). */
export interface MapHost {
  /** The ward's tile server, when it configured one. */
  readonly map: TileServer | undefined;
  /** The point whose map is open, or ''. */
  mapFor: string;
  t(key: string, values?: Record<string, string>): string;
}

/** Under a point's links: the "Xem bản đồ" button, and the map once asked for; nothing without tiles or a position. */
export function mapOf(
  html: PartLit['html'],
  host: MapHost,
  p: { id: string; name: string; lat?: number | undefined; lng?: number | undefined },
): TemplateResult | undefined {
  const tiles = host.map;
  if (!tiles || p.lat === undefined || p.lng === undefined) return undefined;
  const open = host.mapFor === p.id;
  return html`<button type="button" aria-expanded=${open ? 'true' : 'false'}
      @click=${() => (host.mapFor = open ? '' : p.id)}>${host.t('showMap')}</button>
    ${open ? renderMap(html, (k, v) => host.t(k, v), tiles, { lat: p.lat, lng: p.lng }, p.name) : undefined}`;
}

export function renderMap(
  html: PartLit['html'],
  t: (key: string, values?: Record<string, string>) => string,
  server: TileServer,
  at: { lat: number; lng: number },
  name: string,
): TemplateResult {
  const [a, b, c, d] = tilesAround(server.tiles, at.lat, at.lng) as [Tile, Tile, Tile, Tile];
  return html`<figure part="map" class="map">
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-label=${t('mapLabel', { name })}>
      <image href=${a.href} x=${a.x} y=${a.y} width="256" height="256" />
      <image href=${b.href} x=${b.x} y=${b.y} width="256" height="256" />
      <image href=${c.href} x=${c.x} y=${c.y} width="256" height="256" />
      <image href=${d.href} x=${d.x} y=${d.y} width="256" height="256" />
      <circle cx=${WIDTH / 2} cy=${HEIGHT / 2} r="9" fill="#a50e0e" stroke="#fff" stroke-width="3" />
    </svg>
    <figcaption>${server.attribution}</figcaption>
  </figure>`;
}

type Tile = ReturnType<typeof tilesAround>[number];
