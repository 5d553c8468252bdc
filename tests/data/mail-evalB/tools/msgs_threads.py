"""Set B: our replies (outgoing), follow-ups, and the appeal that arrives inside a thread."""

from common import DANA_SIG, MARCO_SIG, F, O, R
from kit import Att, addr, fake_jpeg, fake_pdf, get, mid, quote, refs, subj

# ================================================================ outgoing (our replies)

O("en-outgoing-ack-uk-sar.eml", addr("Imogen Hart", "imogen.hart@example.com"),
  "Re: Subject access request [PD-2026-0141]", "2026-09-09 10:15 -0500",
  f"""Hi Imogen,

Thank you for your email. We received your subject access request on 8 September 2026 and will respond
within one month.

So that we only release your information to you, could you reply with either a copy of a photo ID
(feel free to cover the document number) or the billing postcode and the amount of your last order?

Ref: PD-2026-0141

Kind regards,
{DANA_SIG}

{quote("en-request-uk-subject-access.eml")}""", of="en-request-uk-subject-access.eml",
  reply_to_file="en-request-uk-subject-access.eml", notes="Acknowledgement with identity check; token in subject and body.")

O("en-outgoing-ack-ccpa.eml", addr("Priya Raman", "priya.raman@example.com"),
  "Re: CCPA request [PD-2026-0142]", "2026-09-05 09:02 -0500",
  f"""Hi Priya,

We received your request to know and to delete on September 4, 2026. We'll respond within 45 days.
To verify it's you, please reply from this address (which you did) and confirm the ZIP code your
orders were shipped to.

Ref: PD-2026-0142

Thanks,
{MARCO_SIG}

{quote("en-request-ccpa-know-and-delete.eml")}""", of="en-request-ccpa-know-and-delete.eml",
  reply_to_file="en-request-ccpa-know-and-delete.eml", notes="Acknowledgement of a CCPA know + delete request.")

O("en-outgoing-agent-verification.eml", "Erasely Privacy Requests <privacy-requests@erasely.example>",
  "Re: Consumer privacy request on behalf of Darnell Price (Ref ERS-77310-DP) [PD-2026-0143]", "2026-09-12 14:40 -0500",
  f"""Hello,

We received your request on behalf of Darnell Price on September 11, 2026.

The do-not-sell/share opt-out has been recorded. (For the record, 3DPros does not sell personal
information.) For the deletion request we need to verify the consumer's identity directly, so we have
emailed Mr. Price at the address on his account. Once he confirms, we will complete the deletion.

Ref: PD-2026-0143

Regards,
{DANA_SIG}""", of="en-request-agent-removal-service.eml", reply_to_file="en-request-agent-removal-service.eml",
  notes="Reply to the removal-service agent: opt-out done, deletion pending consumer verification.")

O("en-outgoing-ack-wien.eml", addr("Stefan Huber", "stefan.huber@aon.example"),
  "Re: Auskunftsersuchen gem. Art. 15 DSGVO [PD-2026-0144]", "2026-09-14 08:30 -0500",
  f"""Dear Mr. Huber,

(Entschuldigung, wir antworten auf Englisch.)

Thank you for your access request, which we received on 12 September 2026. We will send you a copy of
your personal data and the information you asked for within one month. Your order 3D-3954 lets us find
your records, so we don't need anything else from you at the moment.

Ref: PD-2026-0144

Best regards,
{DANA_SIG}

{quote("de-request-auskunft-wien.eml", lang="en")}""", of="de-request-auskunft-wien.eml",
  reply_to_file="de-request-auskunft-wien.eml", notes="English acknowledgement to an Austrian access request.")

O("en-outgoing-deletion-done-koeln.eml", addr("Jana Vogt", "jana.vogt@gmx-de.example"),
  "Re: Konto löschen [PD-2026-0140]", "2026-09-10 16:05 -0500",
  f"""Hallo Frau Vogt,

your customer account and the personal data linked to it have been deleted (Ihr Konto und Ihre Daten
wurden gelöscht). We keep only the invoice for order 3D-4290 because tax law requires it.

Ref: PD-2026-0140

Viele Grüße,
{MARCO_SIG}

{quote("de-request-loeschung-koeln.eml", lang="en")}""", of="de-request-loeschung-koeln.eml",
  reply_to_file="de-request-loeschung-koeln.eml", notes="Completion notice for a German deletion request.")

O("en-outgoing-ack-texas.eml", addr("Elena Hernández", "elena.hernandez.atx@example.com"),
  "Re: Personal data request (Texas) [PD-2026-0149]", "2026-10-01 11:20 -0500",
  f"""Hi Elena,

Thanks for reaching out. We've fixed the spelling of your last name on your account (Hernández).
We're putting together a copy of your personal data and will send it within 45 days of your request.

Ref: PD-2026-0149

Best,
{DANA_SIG}

{quote("en-request-texas-access-correct.eml")}""", of="en-request-texas-access-correct.eml",
  reply_to_file="en-request-texas-access-correct.eml", notes="Acknowledgement; correction done, access pending.")

O("en-outgoing-ack-lgpd.eml", addr("Rafael Nogueira Lima", "rafael.nlima@uol.example"),
  "Re: Solicitação LGPD [PD-2026-0152]", "2026-10-05 09:45 -0500",
  f"""Olá Rafael,

Obrigado pela sua mensagem (sorry, our Portuguese is limited to that!). We received your LGPD request
on October 3, 2026. Before we send you a copy of your data, please reply with a photo of an ID document
showing your name (you can hide the numbers).

Ref: PD-2026-0152

Atenciosamente,
{MARCO_SIG}

{quote("pt-request-brasil-lgpd.eml", lang="en")}""", of="pt-request-brasil-lgpd.eml",
  reply_to_file="pt-request-brasil-lgpd.eml", notes="Acknowledgement to a Brazilian LGPD request asking for ID.")

O("en-outgoing-partial-denial.eml", addr("Tyrone Jackson", "tyrone.j.atx@example.com"),
  "Re: cancel + delete account [PD-2026-0157]", "2026-10-12 15:30 -0500",
  f"""Hi Tyrone,

Order 3D-5120 has been cancelled and refunded to your card.

We've deleted your online account and removed you from our mailing list. We are not able to delete the
order and payment records for 3D-5120 (your name, billing address and the refund transaction), because
we have to keep transaction records for tax and accounting purposes. Those records are not used for
anything else and are deleted when the retention period ends.

If you disagree with this decision you can appeal by replying to this email within 60 days.

Ref: PD-2026-0157

Thanks,
{DANA_SIG}

{quote("en-request-cancel-order-and-delete-account.eml")}""", of="en-request-cancel-order-and-delete-account.eml",
  reply_to_file="en-request-cancel-order-and-delete-account.eml",
  notes="Partial denial of deletion (transaction records kept) with appeal instructions.")

O("en-outgoing-ack-mexico.eml", addr("Luis Fernando Ortega Salinas", "lf.ortega@example.com"),
  "Re: Solicitud de derechos ARCO [PD-2026-0160]", "2026-10-19 10:05 -0500",
  f"""Hola Luis Fernando,

Thank you, we received your request on October 17, 2026. We will send you the personal data we hold
about you and then delete it, as you asked. We will reply within 20 business days.

Ref: PD-2026-0160

Saludos,
{MARCO_SIG}

{quote("es-request-mexico-arco.eml", lang="en")}""", of="es-request-mexico-arco.eml",
  reply_to_file="es-request-mexico-arco.eml", notes="Acknowledgement to the Mexican ARCO request; it bounces "
  "(see en-automated-bounce-our-ack-mexico), which is why he later asks for news.")

# ================================================================ follow-ups

F("en-followup-uk-sar-id.eml", addr("Imogen Hart", "imogen.hart@example.com"),
  "RE: Subject access request [PD-2026-0141]", "2026-09-10 18:42 +0100",
  f"""Hello Dana,

Please find attached a copy of my passport photo page (number covered). My billing postcode is
YO24 1AB and my last order was £46.80.

Kind regards,
Imogen Hart

{quote("en-outgoing-ack-uk-sar.eml", style="outlook")}""", client="outlook", content_language="en-GB",
  in_reply_to=mid("en-outgoing-ack-uk-sar.eml"),
  references=refs("en-request-uk-subject-access.eml", "en-outgoing-ack-uk-sar.eml"),
  attachments=[Att("passport_photo_page.jpg", "image/jpeg", fake_jpeg("imogen-passport"))],
  of="en-request-uk-subject-access.eml", notes="Identity document sent in reply to our acknowledgement.")

F("en-followup-ccpa-also-dont-sell.eml", addr("Priya Raman", "priya.raman@example.com"),
  "Re: CCPA request [PD-2026-0142]", "2026-09-06 12:31 -0700",
  f"""Thanks Marco. ZIP is 90027.

Oh and also, please don't sell or share my info in the meantime.

Priya

{quote("en-outgoing-ack-ccpa.eml")}""", in_reply_to=mid("en-outgoing-ack-ccpa.eml"),
  references=refs("en-request-ccpa-know-and-delete.eml", "en-outgoing-ack-ccpa.eml"),
  of="en-request-ccpa-know-and-delete.eml",
  notes="Verification answer in the thread; adds 'don't sell or share' - still a follow-up that must join the request.")

F("en-followup-ccpa-token-any-update.eml", addr("Priya Raman", "priya.raman@example.com"),
  "PD-2026-0142 - any update?", "2026-10-16 08:05 -0700",
  """Hi,

Checking in on my request (PD-2026-0142). It's been about 6 weeks. Any update?

Priya""", of="en-request-ccpa-know-and-delete.eml",
  notes="New message (no In-Reply-To) carrying only the token; reminder.")

F("en-followup-agent-verified.eml", "Erasely Privacy Requests <privacy-requests@erasely.example>",
  "RE: Consumer privacy request on behalf of Darnell Price (Ref ERS-77310-DP) [PD-2026-0143]", "2026-09-15 06:10 -0700",
  f"""Hello,

Thank you for your response. The consumer has informed us that he replied to your verification email on
September 14. Please proceed with the deletion and confirm completion quoting ERS-77310-DP.

Erasely Inc. | Consumer Privacy Operations

{quote("en-outgoing-agent-verification.eml", style="outlook")}""", client="plain", mailer="Erasely DSR Engine 3.2",
  in_reply_to=mid("en-outgoing-agent-verification.eml"),
  references=refs("en-request-agent-removal-service.eml", "en-outgoing-agent-verification.eml"),
  of="en-request-agent-removal-service.eml", notes="Agent follow-up in the thread.")

F("de-followup-wien-danke.eml", addr("Stefan Huber", "stefan.huber@aon.example"),
  "AW: Auskunftsersuchen gem. Art. 15 DSGVO [PD-2026-0144]", "2026-09-14 17:02 +0200",
  f"""Sehr geehrte Frau Whitfield,

danke für die rasche Bestätigung. Englisch ist kein Problem.

Mit freundlichen Grüßen
Stefan Huber

{quote("en-outgoing-ack-wien.eml", style="outlook", lang="de")}""", client="outlook", charset="windows-1252",
  content_language="de-AT", in_reply_to=mid("en-outgoing-ack-wien.eml"),
  references=refs("de-request-auskunft-wien.eml", "en-outgoing-ack-wien.eml"),
  of="de-request-auskunft-wien.eml", notes="Thank-you reply in the thread.")

F("de-followup-koeln-danke.eml", addr("Jana Vogt", "jana.vogt@gmx-de.example"), "Re: Konto löschen [PD-2026-0140]",
  "2026-09-11 07:58 +0200",
  f"""Super, vielen Dank!

Jana

{quote("en-outgoing-deletion-done-koeln.eml", lang="de")}""", client="gmx",
  in_reply_to=mid("en-outgoing-deletion-done-koeln.eml"),
  references=refs("de-request-loeschung-koeln.eml", "en-outgoing-deletion-done-koeln.eml"),
  of="de-request-loeschung-koeln.eml", notes="Thanks for the completion notice.")

F("en-followup-texas-any-update.eml", addr("Elena Hernández", "elena.hernandez.atx@example.com"),
  "Re: Personal data request (Texas) [PD-2026-0149]", "2026-11-16 19:27 -0600",
  f"""Hi Dana, any update on the copy of my data? It's been more than 45 days.

Thanks,
Elena

{quote("en-outgoing-ack-texas.eml")}""", in_reply_to=mid("en-outgoing-ack-texas.eml"),
  references=refs("en-request-texas-access-correct.eml", "en-outgoing-ack-texas.eml"),
  of="en-request-texas-access-correct.eml", notes="'Any update?' reply in the thread.")

F("pt-followup-brasil-documento.eml", addr("Rafael Nogueira Lima", "rafael.nlima@uol.example"),
  "Re: Solicitação LGPD [PD-2026-0152]", "2026-10-06 20:14 -0300",
  f"""Olá Marco,

Segue em anexo uma foto do meu RG (com os números ocultados).

Abraço,
Rafael

{quote("en-outgoing-ack-lgpd.eml", lang="pt")}""", in_reply_to=mid("en-outgoing-ack-lgpd.eml"),
  references=refs("pt-request-brasil-lgpd.eml", "en-outgoing-ack-lgpd.eml"),
  attachments=[Att("RG_frente.jpg", "image/jpeg", fake_jpeg("rafael-rg"))],
  of="pt-request-brasil-lgpd.eml", notes="ID document sent in reply.")

F("pl-followup-przypomnienie.eml", addr("Katarzyna Wiśniewska", "k.wisniewska@wp-pl.example", "iso-8859-2", "B"),
  "Re: Usunięcie danych - RODO", "2026-11-08 10:02 +0100",
  f"""Dzień dobry,

uprzejmie przypominam o moim wniosku z 7 października. Do dziś nie otrzymałam odpowiedzi. Proszę
o informację, czy moje dane zostały usunięte.

Z poważaniem,
Katarzyna Wiśniewska

{quote("pl-request-rodo-usuniecie.eml", lang="pl")}""", client="thunderbird", domain="wp-pl.example",
  charset="iso-8859-2", content_language="pl", subj_charset="iso-8859-2", subj_enc="B",
  in_reply_to=mid("pl-request-rodo-usuniecie.eml"), references=mid("pl-request-rodo-usuniecie.eml"),
  of="pl-request-rodo-usuniecie.eml", notes="Polish reminder replying to her own request.")

F("en-followup-teen-still-there.eml", addr("Jayden Morales", "jmorales.minis@example.com"), "Re: take down pls",
  "2026-10-02 15:12 -0700",
  f"""did u take it down yet? its still there

{quote("en-request-teen-takedown-gallery.eml")}""", in_reply_to=mid("en-request-teen-takedown-gallery.eml"),
  references=mid("en-request-teen-takedown-gallery.eml"), of="en-request-teen-takedown-gallery.eml",
  notes="Teen's reminder replying to his own request.")

F("ja-followup-honnin-kakunin.eml", addr("佐藤 美咲", "misaki.sato@example.com", "iso-2022-jp", "B"),
  "Re: 保有個人データの開示請求について（本人確認書類）", "2026-10-20 19:30 +0900",
  f"""3DPros LLC 御中

先日お送りした開示請求の件で、本人確認書類として運転免許証の写し（番号部分はマスキング済み）を添付いたします。

ご確認のほど、よろしくお願いいたします。

佐藤 美咲

{quote("ja-request-kaiji.eml", lang="ja")}""", client="plain", mailer="Becky! ver. 2.81.04", charset="iso-2022-jp",
  cte="7bit", subj_charset="iso-2022-jp", subj_enc="B", in_reply_to=mid("ja-request-kaiji.eml"),
  references=mid("ja-request-kaiji.eml"),
  attachments=[Att("menkyosho_masked.jpg", "image/jpeg", fake_jpeg("misaki-license"))],
  of="ja-request-kaiji.eml", notes="Japanese follow-up with an ID document, replying to her own request.")

F("es-followup-mexico-novedad.eml", addr("Luis Fernando Ortega Salinas", "lf.ortega@example.com"),
  "RE: Solicitud de derechos ARCO", "2026-11-19 13:40 -0600",
  f"""Buenas tardes,

¿Alguna novedad sobre mi solicitud? Ya pasó más de un mes y no he recibido respuesta.

Saludos,
Luis Fernando Ortega

{quote("es-request-mexico-arco.eml", style="outlook", lang="es")}""", client="outlookcom", content_language="es-MX",
  in_reply_to=mid("es-request-mexico-arco.eml"), references=mid("es-request-mexico-arco.eml"),
  of="es-request-mexico-arco.eml", notes="Reminder; our acknowledgement had bounced (mailbox full).")

F("en-followup-webform-status.eml", addr("3DPros Website", "no-reply@3dpros.com"), "New Entry: Data Request",
  "2026-10-18 12:09 -0700",
  """Name: Kayla Nguyen
Email: kayla.nguyen@example.com
Phone: (none)
Order number (optional): 3D-4733
I am a: Customer
What would you like us to do?: Other
Additional details: I sent a request to delete my info through this form on Sept 14 and never heard back. Is my account deleted yet??

--
This e-mail was sent from a contact form on 3DPros (https://www.3dpros.com)""",
  client="webform", reply_to="Kayla Nguyen <kayla.nguyen@example.com>", mailer="WordPress/6.8; https://www.3dpros.com",
  of="en-request-webform-deletion.eml",
  notes="A second form submission that only asks about the status of her earlier deletion request: follow-up, "
        "not a new request.")

F("en-followup-parent-proof.eml", "Colleen Brennan <colleen.brennan@example.com>",
  "RE: Removing my son's account and posts", "2026-10-09 12:16 -0700",
  f"""Hello,

As Marco asked on the phone this morning, attached is Tyler's birth certificate showing I'm his mother.

Colleen Brennan

{quote("en-request-parent-for-son.eml", style="outlook")}""", client="outlook",
  in_reply_to=mid("en-request-parent-for-son.eml"), references=mid("en-request-parent-for-son.eml"),
  attachments=[Att("Tyler_birth_certificate.pdf", "application/pdf",
                   fake_pdf("Certificate of Live Birth", ["STATE OF CALIFORNIA", "CERTIFICATE OF LIVE BIRTH",
                                                          "Child: Tyler J. Brennan", "Mother: Colleen Brennan"]))],
  of="en-request-parent-for-son.eml", notes="Parent (agent) sends proof of parentage.")

F("en-followup-lawyer-chaser.eml", "Harcourt & Lyle LLP <l.mercer@harcourt-lyle.example>",
  "RE: Our client: Ms Rebecca Osei - Subject Access Request (Art. 15 UK GDPR)", "2026-11-24 11:05 +0000",
  f"""Dear Sirs

We refer to our letter of 23 October 2026 on behalf of our client, Ms Rebecca Osei, a copy of which is
below. We have not yet received a substantive response. The statutory period expires today.

Please provide the information requested by 1 December 2026.

Yours faithfully

Harcourt & Lyle LLP
Our ref: HL/RO/2026-118

{quote("en-request-agent-law-firm-uk.eml", style="outlook")}""", client="outlook", content_language="en-GB",
  in_reply_to=mid("en-request-agent-law-firm-uk.eml"), references=mid("en-request-agent-law-firm-uk.eml"),
  of="en-request-agent-law-firm-uk.eml", notes="Law firm chases its own earlier letter: a reminder, not a new request.")

# ================================================================ appeal arriving in the thread

R("en-request-appeal-after-partial-denial.eml", "Tyrone Jackson", "tyrone.j.atx@example.com",
  "Re: cancel + delete account [PD-2026-0157]", "2026-10-19 09:44 -0500",
  f"""I'm appealing this. Texas privacy law says I can appeal so here it is. The order got cancelled before
it even shipped, I don't see why you need to keep my name and address for that. Please reconsider.

Tyrone

{quote("en-outgoing-partial-denial.eml")}""", in_reply_to=mid("en-outgoing-partial-denial.eml"),
  references=refs("en-request-cancel-order-and-delete-account.eml", "en-outgoing-partial-denial.eml"),
  types=["appeal"], regimes=["tx_tdpsa"],
  notes="Reply in the thread that contests our partial denial and asks us to reconsider: filed as an appeal "
        "request (not a plain follow-up). Thread: en-request-cancel-order-and-delete-account.eml -> "
        "en-outgoing-partial-denial.eml. The appeal's subject is the refused deletion, so no separate deletion type.")
