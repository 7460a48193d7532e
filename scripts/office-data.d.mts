/** Types of `office-data.mjs` (a plain ES module of the build). */
export const OFFICE_DIR: string;

export interface OfficeData {
  offices: Array<{
    id: string;
    label: string;
    keepsTitle: boolean;
    titles: string[];
    holders: Array<{ name: string; aliases: string[]; from: string; to: string | null }>;
  }>;
  problems: string[];
}

export function readOfficeData(): OfficeData;
