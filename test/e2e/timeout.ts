import { jest } from '@jest/globals';

// Jest ignores testTimeout inside a project, so the e2e project sets it here.
jest.setTimeout(120_000);
