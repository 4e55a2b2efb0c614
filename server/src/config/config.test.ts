import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('runs with nothing set: embedded database, BankID simulator, port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.bankId.simulatorEnabled).toBe(true);
    expect(c.bankId.baseUrl).toBe('http://localhost:3000/bankid-sim/rp/v6.0');
  });

  it('a bad value stops start-up with a message naming every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SESSION_IDLE_MINUTES: '0' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('SESSION_IDLE_MINUTES');
    }
  });

  it('turning the simulator off requires the real BankID address', () => {
    expect(() => loadConfig({ BANKID_SIMULATOR_ENABLED: 'false' })).toThrow(/BANKID_BASE_URL/);
    expect(loadConfig({ BANKID_SIMULATOR_ENABLED: 'false', BANKID_BASE_URL: 'https://appapi2.bankid.com/rp/v6.0' }).bankId.baseUrl).toBe('https://appapi2.bankid.com/rp/v6.0');
  });
});
