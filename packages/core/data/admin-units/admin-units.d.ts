/** Post-2025 administrative units and the old → new commune mapping (see README.md). */
declare const data: {
  source: string;
  provinces: string[];
  communes: string[][];
  old: { name: string; code: string; districts: { name: string; communes: [string, ...[number, number][]][] }[] }[];
};
export default data;
