import {
  INTERNAL_OPERATIONS,
  type Operation,
  OPERATION_RULES,
} from 'src/modules/access/access-rules';
import { EXEMPT, fieldOf, MATRIX } from 'test/utils/access-matrix';

/**
 * Which matrix row checks each internal operation (one the schema does not name: a second
 * rule behind a field). A new internal operation fails here until it names its row.
 */
const ROW_OF_INTERNAL: Record<string, string> = {
  unitFollowUps: 'followUps (unit)',
  acknowledgeHandoverOnBehalf: 'acknowledgeHandover',
  journalEntryDelivery: 'journalEntryAdded',
};

// Adding an operation is: name it in the policy, write its change, add its matrix row. This
// fails until the row exists (access-matrix.e2e-spec.ts then walks it against the API).
describe('every operation of the policy has a row in the access matrix', () => {
  const rows = Object.keys(MATRIX);

  it('has a row, or an exemption, for every operation the schema names', () => {
    const named = (Object.keys(OPERATION_RULES) as Operation[]).filter(
      (op) => !INTERNAL_OPERATIONS.includes(op),
    );
    const missing = named.filter((op) => !(op in EXEMPT) && !rows.some((r) => fieldOf(r) === op));
    expect(missing).toEqual([]);
  });

  it('names the row that checks each internal operation', () => {
    expect(Object.keys(ROW_OF_INTERNAL).sort()).toEqual([...INTERNAL_OPERATIONS].sort());
    for (const row of Object.values(ROW_OF_INTERNAL)) expect(rows).toContain(row);
  });
});
