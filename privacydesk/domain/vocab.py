"""The fixed vocabulary shared by every layer.

Identifiers are exactly those of ``shared/reference/deadlines.md`` (regimes, request types,
milestones) and of the lifecycle in issue 2 (statuses, verification). They are ``StrEnum`` so that
the value *is* the identifier used in data files, the database and the CLI.
"""

from __future__ import annotations

from enum import StrEnum


class Regime(StrEnum):
    GDPR = "gdpr"
    UK_GDPR = "uk_gdpr"
    CCPA = "ccpa"
    CA_SHINE_THE_LIGHT = "ca_shine_the_light"
    PIPEDA = "pipeda"
    QUEBEC = "quebec"
    FADP = "fadp"
    TX_TDPSA = "tx_tdpsa"
    VA_VCDPA = "va_vcdpa"
    CO_CPA = "co_cpa"
    CT_CTDPA = "ct_ctdpa"
    CAN_SPAM = "can_spam"
    UNKNOWN = "unknown"
    # 2026 extension (shared/reference/deadlines.md, regimes-2026.md): every comprehensive US state
    # law in force by 2026-12-31, Brazil, Japan, South Korea and Australia.
    UT_UCPA = "ut_ucpa"
    IA_ICDPA = "ia_icdpa"
    IN_ICDPA = "in_icdpa"
    TN_TIPA = "tn_tipa"
    MT_MCDPA = "mt_mcdpa"
    OR_OCPA = "or_ocpa"
    DE_DPDPA = "de_dpdpa"
    NH_PA = "nh_pa"
    NJ_DPA = "nj_dpa"
    KY_CDPA = "ky_cdpa"
    NE_DPA = "ne_dpa"
    MD_ODPA = "md_odpa"
    MN_CDPA = "mn_cdpa"
    RI_DTPPA = "ri_dtppa"
    BR_LGPD = "br_lgpd"
    JP_APPI = "jp_appi"
    KR_PIPA = "kr_pipa"
    AU_PRIVACY = "au_privacy"


class RequestType(StrEnum):
    ACCESS = "access"
    DELETION = "deletion"
    CORRECTION = "correction"
    PORTABILITY = "portability"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    WITHDRAW_CONSENT = "withdraw_consent"
    OPT_OUT_SALE = "opt_out_sale"
    OPT_OUT_MARKETING = "opt_out_marketing"
    SHINE_THE_LIGHT = "shine_the_light"
    MINOR_REMOVAL = "minor_removal"
    COMPLAINT = "complaint"
    # 2026 extension: an appeal of a decision on an earlier request (its own clock, linked to the
    # request it contests) and the CCPA "limit the use of my sensitive personal information".
    APPEAL = "appeal"
    LIMIT_SENSITIVE = "limit_sensitive"


class Milestone(StrEnum):
    ACKNOWLEDGE_BY = "acknowledge_by"
    RESPOND_BY = "respond_by"
    EXTENSION_NOTICE_BY = "extension_notice_by"
    RESPOND_BY_EXTENDED = "respond_by_extended"


class RequestStatus(StrEnum):
    # open, in lifecycle order
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    AWAITING_VERIFICATION = "awaiting_verification"
    IN_PROGRESS = "in_progress"
    # closed
    COMPLETED = "completed"
    DENIED = "denied"
    WITHDRAWN = "withdrawn"
    DUPLICATE = "duplicate"
    NOT_A_REQUEST = "not_a_request"

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATUSES


OPEN_STATUSES: tuple[RequestStatus, ...] = (
    RequestStatus.NEW,
    RequestStatus.ACKNOWLEDGED,
    RequestStatus.AWAITING_VERIFICATION,
    RequestStatus.IN_PROGRESS,
)
CLOSED_STATUSES: tuple[RequestStatus, ...] = (
    RequestStatus.COMPLETED,
    RequestStatus.DENIED,
    RequestStatus.WITHDRAWN,
    RequestStatus.DUPLICATE,
    RequestStatus.NOT_A_REQUEST,
)


class Verification(StrEnum):
    NOT_REQUIRED = "not_required"
    PENDING = "pending"
    VERIFIED = "verified"
    FAILED = "failed"


class VerificationMethod(StrEnum):
    MATCHED_RECORDS = "matched_records"
    CODE_REPLY = "code_reply"
    DOCUMENT = "document"
    AGENT_PROOF = "agent_proof"


class Automated(StrEnum):
    """Why a message is machine-sent (and so can never open a request)."""

    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    LIST = "list"


class PauseReason(StrEnum):
    """UK stop-the-clock: what the business is waiting for."""

    CLARIFICATION = "clarification"
    ID = "id"
    FEE = "fee"


class Outcome(StrEnum):
    """How a closed request ended, for the register and the yearly metrics (CCPA §7101/§7102)."""

    COMPLIED_FULL = "complied_full"
    COMPLIED_PARTIAL = "complied_partial"
    DENIED = "denied"


class RequestSource(StrEnum):
    """How a request arrived (the register's "manner"). ``manual``: typed in, channel not said."""

    EMAIL = "email"
    FORM = "form"
    PHONE = "phone"
    POST = "post"
    IN_PERSON = "in_person"
    MANUAL = "manual"


def values(enum: type[StrEnum]) -> list[str]:
    """The identifiers of an enum, for messages that list the valid values."""
    return [member.value for member in enum]
