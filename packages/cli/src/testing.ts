/** What the command-line tests share: running veza as a child process, SQL as the owner beside it, and two small registers. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openTestDatabase, type TestDatabase } from '@veza/server/testing';

export const VEZA = fileURLToPath(new URL('../bin/veza.js', import.meta.url));

/** Runs veza with the arguments given; the environment is this one, with no DATABASE_URL unless env gives one. */
export function veza(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [VEZA, ...args],
      { env: { ...process.env, DATABASE_URL: '', ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/**
 * Runs SQL as the owner of a test database that veza commands open too. PGlite is one process at a
 * time: its data folder (closed while the commands run) is opened around the statement and closed
 * again.
 */
export async function asOwner(database: TestDatabase, dataDir: string, text: string) {
  if (database.engine === 'pglite') {
    const reopened = await openTestDatabase({ dataDir, reuse: true });
    try {
      return await reopened.owner(text);
    } finally {
      await reopened.close();
    }
  }
  return database.owner(text);
}

// One Serbian register, and the same people (and others) seen at other borders. The second file has
// its columns in another order.
export const SERBIA = `id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone,document_number
RS-1,RS,Марко,Ђорђевић,М,1985-03-14,Србија,064 123 4567,AB1234567
RS-2,RS,Mohammad Reza,Ahmadi,M,2007,Avganistan,,
RS-3,RS,Ana,Petrović,Ž,1990-06-02,RS,,
RS-4,RS,Mohammad,Ahmadi,M,2000-01-01,AF,+381 64 555 0101,P1234567
RS-5,RS,Fatima,Hosseini,F,1995-05-05,IR,,
RS-6,RS,Jelena,Nikolić,Ž,1979-11-23,RS,063 777 1234,
RS-7,RS,Nikolić,Jelena,Ž,1979-11-23,Srbija,,
`;
export const BORDERS = `document_number,id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone
AB 1234567,AL-1,AL,Marko,Gjorgjeviq,M,1985-03-14,Serbia,+381641234567
,MK-1,MK,Мухамед Реза,Ахмеди,М,2006,AF,
P7654321,BA-1,BA,MOHAMMAD,AHMADI,M,1992-06-17,Afganistan,00381645550101
,BA-2,BA,Fatemeh,Husseini,F,1995,Iran,
,ME-1,ME,Ana,Petrović,F,1990-06-02,Crna Gora,
,XK-1,XK,Arben,Krasniqi,M,1988-02-02,Kosova,
`;
