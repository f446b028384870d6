/**
 * Step "proof of execution": a PoE file is attached (required for every CPOR association, MCA#175; OSA#146).
 * No file types, sizes or dates are documented for CPOR PoE (fact sheet §4), so nothing else is checked.
 */
import { claimError, type ClaimError } from '../errors.ts';
import { isFilled } from '../format.ts';
import type { ClaimDraft } from '../schema.ts';

export function checkProofOfExecution(draft: ClaimDraft): ClaimError[] {
	const proof = draft.proofOfExecution;
	return proof === null || !isFilled(proof.fileName)
		? [claimError('PROOF_OF_EXECUTION_REQUIRED', 'proof-of-execution', ['proofOfExecution'])]
		: [];
}
