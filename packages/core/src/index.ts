/** @motcua/core: framework-free logic shared by widgets, collector, autofill and the extension. */
export { equalsFolded, foldVietnamese, lowerVietnamese, normalizeVietnamese, tokenizeVietnamese } from './text.js';
export type { TokenizeOptions } from './text.js';

// Chip ID card QR and post-2025 addresses (extension engineer)
export { parseCitizenIdQr, repairScannedText } from './qr.js';
export type { CitizenIdQr, Localized, QrErrorCode, QrParseResult } from './qr.js';
export { listCommunes, listProvinces, oldProvinceByCode, toNewAddress } from './address/index.js';
export type { AddressErrorCode, NewAddress, ToNewAddressResult } from './address/index.js';
