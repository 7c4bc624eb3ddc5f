import { describe, expect, it } from 'vitest';
import { isPartnerAgreement } from '@/lib/records/agreement/public';

describe('isPartnerAgreement', () => {
  const deyang = { id: 'deyang', children: [{ id: 'deyang-education' }] };
  const agreement = (partnerRegionId: string | null, ...parties: string[]) => ({
    partnerRegionId,
    parties: parties.map((organisationId) => ({ organisationId })),
  });

  it('counts agreements naming the partner as region, or it or a sub-unit as a party', () => {
    expect(isPartnerAgreement(deyang, agreement('deyang'))).toBe(true);
    expect(isPartnerAgreement(deyang, agreement(null, 'jiangbei', 'deyang'))).toBe(true);
    expect(isPartnerAgreement(deyang, agreement('sichuan', 'deyang-education'))).toBe(true);
  });

  it("leaves out other partners' agreements", () => {
    expect(isPartnerAgreement(deyang, agreement('bazhong', 'jiangbei', 'bazhong-education'))).toBe(false);
    expect(isPartnerAgreement(deyang, agreement(null))).toBe(false);
  });
});
