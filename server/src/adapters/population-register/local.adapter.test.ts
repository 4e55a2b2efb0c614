import { describe, expect, it } from 'vitest';
import { demoResidents } from '../../seed/demo-people.ts';
import { demoRegisterPeople } from './demo-register.ts';
import { LocalPopulationRegister } from './local.adapter.ts';

const id = (key: string) => demoResidents.find((r) => r.key === key)!.identifier;

describe('the embedded population register', () => {
  it('answers a look-up with the person and the children they are guardian for', async () => {
    const register = new LocalPopulationRegister(demoRegisterPeople());
    const anna = await register.lookup(id('anna'));
    expect(anna).toMatchObject({ givenName: 'Anna', familyName: 'Lindqvist', protectedIdentity: false });
    expect(anna!.childIdentifiers.sort()).toEqual([id('elsa'), id('oskar')].sort());
    expect((await register.lookup(id('sara')))!.protectedIdentity).toBe(true);
  });

  it('knows nobody by a reserve number or an unknown personnummer', async () => {
    const register = new LocalPopulationRegister(demoRegisterPeople());
    expect(await register.lookup(id('yusuf'))).toBeNull();
    expect(await register.lookup('191212121212')).toBeNull();
  });

  it('a change in the register does not leak into earlier answers', async () => {
    const register = new LocalPopulationRegister(demoRegisterPeople());
    const before = await register.lookup(id('anna'));
    register.update(id('anna'), { childIdentifiers: [id('oskar')] });
    expect(before!.childIdentifiers).toHaveLength(2);
    expect((await register.lookup(id('anna')))!.childIdentifiers).toEqual([id('oskar')]);
  });
});
