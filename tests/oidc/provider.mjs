// An OpenID Connect provider on the loopback for the sign-in browser tests.
//
// It runs panva's node-oidc-provider with one confidential client and the people in
// people.json. It listens on a free port of 127.0.0.1, prints its issuer as
// "issuer <url>" on the first line of its output, and runs until it is stopped.
//
// Environment: OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI describe the
// client; the log-in and consent pages are the provider's own development pages. It also
// stops when its standard input is closed, so it never outlives the tests that started it.

import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

import Provider from 'oidc-provider';

const required = (name) => {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} must be set`);
    process.exit(2);
  }
  return value;
};

const clientId = required('OIDC_CLIENT_ID');
const clientSecret = required('OIDC_CLIENT_SECRET');
const redirectUri = required('OIDC_REDIRECT_URI');
const people = JSON.parse(readFileSync(new URL('./people.json', import.meta.url), 'utf8'));

// A signing key made at each start: nothing secret is kept in the repository.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [signingKey] },
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
      groups: ['groups'],
    },
    scopes: ['openid', 'profile', 'email', 'groups'],
    // The ID token carries the person's claims, as Microsoft Entra ID's does.
    conformIdTokenClaims: false,
    cookies: { keys: ['styr-test-provider-cookie-key'] },
    async findAccount(ctx, id) {
      const person = people[id];
      if (!person) {
        return undefined;
      }
      return { accountId: id, claims: async () => ({ sub: id, ...person }) };
    },
  });
  provider.proxy = false;
  server.on('request', provider.callback());
  console.log(`issuer ${issuer}`);
});

// Nothing is kept, so stopping is leaving at once (open keep-alive connections included).
const stop = () => process.exit(0);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
