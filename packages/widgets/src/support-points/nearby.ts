/**
 * "Nearest first" in <motcua-support-points>: the browser's position, once the citizen allows it, and
 * the distance to each point, computed here; the position stays in the page's memory and is never sent.
 *
 * A module of its own, imported when the citizen presses "Xếp nơi gần tôi lên trước" (the CDN build
 * writes it beside the widget): most visitors never ask, so it is not in the widget's file. Without
 * Lit. Its strings (vi, en) come with it and join the element's lookup (`t`) once loaded.
 */
export const strings = {
  vi: {
    locating: 'Đang lấy vị trí…',
    located: 'Đã xếp theo khoảng cách từ vị trí của bạn.',
    noLocation: 'Không lấy được vị trí. Danh sách vẫn xếp như cũ.',
    distance: 'Cách khoảng {km} km',
  },
  en: {
    locating: 'Finding your location…',
    located: 'Sorted by distance from where you are.',
    noLocation: 'Your location is not available. The list keeps its order.',
    distance: 'About {km} km away',
  },
};

export interface Place {
  lat: number;
  lng: number;
}

/** The element's state "nearest first" reads and sets. */
export interface NearbyState {
  /** The citizen's position, once they allowed it. */
  here: Place | undefined;
  locationNote: string;
  readonly resolvedLang: string;
  t(key: string, values?: Record<string, string>): string;
}

/** Asks for the citizen's position (the browser's own prompt), then the list sorts by distance from it. */
export async function sortByDistance(el: NearbyState): Promise<void> {
  el.locationNote = el.t('locating');
  try {
    el.here = await locate();
    el.locationNote = el.t('located');
  } catch {
    el.locationNote = el.t('noLocation');
  }
}

/** The browser's position, asked of the citizen. */
function locate(): Promise<Place> {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) return reject(new Error('no geolocation'));
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
      reject,
      { timeout: 15_000, maximumAge: 300_000 },
    );
  });
}

/** Kilometres between two places on the Earth (haversine). */
export function kmBetween(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** Kilometres from `here` to a point, when the point has a position. */
export function distance(here: Place, p: Partial<Place>): number | undefined {
  return p.lat !== undefined && p.lng !== undefined ? kmBetween(here, { lat: p.lat, lng: p.lng }) : undefined;
}

/** The points nearest first once the citizen shared their position (else as they were); those without a position keep their order at the end. */
export function nearestFirst<T extends Partial<Place>>(list: T[], { here }: NearbyState): T[] {
  if (!here) return list;
  const far = Number.POSITIVE_INFINITY;
  return [...list].sort((a, b) => (distance(here, a) ?? far) - (distance(here, b) ?? far));
}

/** " · Cách khoảng 0,3 km" after a point's address, or nothing when it or the citizen has no position. */
export function distanceText(el: NearbyState, p: Partial<Place>): string {
  const km = el.here && distance(el.here, p);
  return km === undefined
    ? ''
    : ` · ${el.t('distance', { km: km.toLocaleString(el.resolvedLang, { maximumSignificantDigits: 2 }) })}`;
}
