/** Entry of the classic-script build: exposes the engine as globalThis.MotcuaAutofill for content scripts. */
import { applyFill, describeForm, planFill, undoFill } from './index.js';

(globalThis as unknown as { MotcuaAutofill: unknown }).MotcuaAutofill = { describeForm, planFill, applyFill, undoFill };
