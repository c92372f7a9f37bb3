// Integration and contract files start a sandbox in their hooks (a few seconds, more on a loaded CI
// machine): jest's 5 s default is too tight for them. A file's own jest.setTimeout still wins.
jest.setTimeout(60_000);
