/** An office's record that it read a version of its insurer's policy (基本方針の確認). */
export interface PolicyAcknowledgement {
  officeNumber: string;
  /** `hitachi` */
  packId: string;
  /** `1.1.0` */
  version: string;
  /** Who in the office read it (氏名), and when (YYYY-MM-DD). */
  readBy: string;
  readOn: string;
}

/** One office of the insurer's area and where it stands on the current version. */
export interface AcknowledgementStatus {
  officeNumber: string;
  officeName: string;
  /** Readers of the current version (an office may have several). */
  readers: { readBy: string; readOn: string }[];
  /** The latest older version the office acknowledged, when it has not read the current one. */
  lastVersion?: string;
}

/**
 * Where each office of the area stands on `version` of the pack: who read it and when, or which
 * older version it last read. Offices with no reader of the current version come first, so the
 * insurer sees whom to chase.
 */
export function acknowledgementStatus(offices: readonly { officeNumber: string; name: string }[], acknowledgements: readonly PolicyAcknowledgement[], packId: string, version: string): AcknowledgementStatus[] {
  const statuses = offices.map((office) => {
    const own = acknowledgements.filter((a) => a.officeNumber === office.officeNumber && a.packId === packId);
    const readers = own.filter((a) => a.version === version).map(({ readBy, readOn }) => ({ readBy, readOn })).sort((a, b) => a.readOn.localeCompare(b.readOn));
    const status: AcknowledgementStatus = { officeNumber: office.officeNumber, officeName: office.name, readers };
    if (readers.length === 0) {
      const older = own.sort((a, b) => b.readOn.localeCompare(a.readOn))[0];
      if (older) status.lastVersion = older.version;
    }
    return status;
  });
  return statuses.sort((a, b) => Number(a.readers.length > 0) - Number(b.readers.length > 0) || a.officeNumber.localeCompare(b.officeNumber));
}
