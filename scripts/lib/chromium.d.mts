export const executablePath: string;
export const chromiumArgs: string[];
