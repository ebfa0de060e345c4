/** Setup file of every vitest project: the test file's temporary folders go when it ends. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

afterAll(removeTempDirs);
