import { describe, expect, it } from 'vitest';
import { channelBody, EMPTY_DRAFT, parseExpiryDays, parseRemainingAtMost } from '../src/model/alert-forms';

describe('alert settings fields', () => {
  it.each([
    ['30, 7', [30, 7]],
    ['7 30', [30, 7]],
    ['14，3', [14, 3]],
    ['365', [365]],
  ])('reads %j as %j days', (text, days) => {
    expect(parseExpiryDays(text)).toEqual({ ok: true, value: days });
  });
  it.each(['', '0', '366', '7, 7', '1.5', 'soon', '1,2,3,4,5,6'])('refuses %j', (text) => {
    expect(parseExpiryDays(text)).toMatchObject({ ok: false, field: 'alert-expiry-days' });
  });
  it('takes 1–100 incidents for "few left"', () => {
    expect(parseRemainingAtMost(' 2 ')).toEqual({ ok: true, value: 2 });
    for (const bad of ['', '0', '101', '2.5', 'two'])
      expect(parseRemainingAtMost(bad)).toMatchObject({ ok: false, field: 'alert-remaining' });
  });
});

describe('a new channel', () => {
  it('needs a name and an http(s) URL without credentials for a webhook', () => {
    expect(channelBody({ ...EMPTY_DRAFT, url: 'https://x.example/h' })).toMatchObject({
      ok: false,
      field: 'channel-name',
    });
    for (const url of ['', 'ftp://x.example', 'https://u:p@x.example/h', 'x.example/h'])
      expect(channelBody({ ...EMPTY_DRAFT, name: 'Team', url })).toMatchObject({
        ok: false,
        field: 'channel-url',
      });
    expect(
      channelBody({ ...EMPTY_DRAFT, name: ' Team ', format: 'teams', url: ' https://x.example/h ' }),
    ).toEqual({
      ok: true,
      value: { kind: 'webhook', name: 'Team', format: 'teams', url: 'https://x.example/h' },
    });
  });

  it('splits recipients, checks the sender, host and port of an e-mail channel, and keeps an empty password out', () => {
    const draft = {
      ...EMPTY_DRAFT,
      kind: 'email' as const,
      name: 'Admins',
      to: 'a@x.example; b@x.example，c@x.example',
      from: 'alerts@x.example',
      host: 'smtp.x.example',
      port: '465',
      security: 'tls' as const,
    };
    expect(channelBody(draft)).toEqual({
      ok: true,
      value: {
        kind: 'email',
        name: 'Admins',
        to: ['a@x.example', 'b@x.example', 'c@x.example'],
        from: 'alerts@x.example',
        host: 'smtp.x.example',
        port: 465,
        security: 'tls',
        username: null,
        password: null,
      },
    });
    expect(channelBody({ ...draft, to: 'not-an-address' })).toMatchObject({ field: 'channel-to' });
    expect(channelBody({ ...draft, from: '' })).toMatchObject({ field: 'channel-from' });
    expect(channelBody({ ...draft, host: 'smtp x' })).toMatchObject({ field: 'channel-host' });
    expect(channelBody({ ...draft, port: '70000' })).toMatchObject({ field: 'channel-port' });
    expect(channelBody({ ...draft, password: ' p ' })).toMatchObject({ value: { password: ' p ' } });
  });
});
