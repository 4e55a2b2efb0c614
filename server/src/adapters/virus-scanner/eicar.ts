/**
 * The EICAR anti-virus test file: 68 harmless bytes every scanner reports as a virus, so tests can prove
 * detection without real malware. It is written in two halves so that this source file is not itself
 * quarantined by a developer's scanner.
 */
export const EICAR_TEST_FILE = Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$' + 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*', 'latin1');
