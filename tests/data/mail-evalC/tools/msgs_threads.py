"""Set C: our replies (outgoing), follow-ups, and an appeal arriving inside a thread."""

from common import DANA_SIG, MARCO_SIG, F, O, R
from kit import Att, addr, fake_jpeg, fake_pdf, mid, quote, refs

# ================================================================ outgoing

O("en-outgoing-ack-uk-sar.eml", addr("Alistair Munro", "alistair.munro@example.com"),
  "Re: Subject Access Request - Alistair Munro [PD-2026-0311]", "2026-09-03 09:10 -0500",
  f"""Dear Mr Munro,

We confirm receipt of your subject access request dated 2 September 2026. We will respond within one
calendar month.

To make sure we only disclose your information to you, please send us a copy of one photo ID
(passport or driving licence; you may cover the document number).

Ref: PD-2026-0311

Kind regards,
{DANA_SIG}

{quote("en-request-uk-sar-template.eml")}""", of="en-request-uk-sar-template.eml",
  reply_to_file="en-request-uk-sar-template.eml", notes="Acknowledgement with ID request.")

O("en-outgoing-ack-leipzig.eml", addr("Johannes Becker", "johannes.becker@posteo.example"),
  "Re: Anfrage nach Art. 15 DSGVO [PD-2026-0307]", "2026-09-07 08:55 -0500",
  f"""Dear Mr. Becker,

Thank you for your request under Art. 15 GDPR, received on 4 September 2026. We will provide the
information and a copy of your data within one month. To confirm your identity, please reply with a
copy of an ID document (you may black out everything except your name and address).

Ref: PD-2026-0307

Best regards,
{MARCO_SIG}

{quote("de-request-datenanfragen-auskunft.eml")}""", of="de-request-datenanfragen-auskunft.eml",
  reply_to_file="de-request-datenanfragen-auskunft.eml", notes="English acknowledgement to a German access request.")

O("en-outgoing-optout-done-agent.eml", "OptWell Agent <agent@optwell.example>",
  "Re: Do Not Sell or Share request submitted by OptWell on behalf of Danielle Kim [PD-2026-0315]",
  "2026-09-18 10:30 -0500",
  f"""Hello,

The do-not-sell/share request for Danielle Kim has been completed as of today. 3DPros does not sell
personal information, and we have turned off the advertising pixels for her account's email address.

Ref: PD-2026-0315

Regards,
{DANA_SIG}""", cc="danielle.kim@example.com", of="en-request-agent-optout-app.eml",
  reply_to_file="en-request-agent-optout-app.eml", notes="Completion notice to the authorized agent, consumer in Cc.")

O("en-outgoing-ack-lgpd.eml", addr("Beatriz Almeida", "beatriz.almeida@uol.example"),
  "Re: Requerimento de titular de dados - LGPD art. 18 [PD-2026-0318]", "2026-09-24 09:20 -0500",
  f"""Olá Beatriz,

We received your LGPD request on September 23, 2026 and will answer within 15 days. Please reply with
a photo of an ID document so we can confirm it's you.

Ref: PD-2026-0318

Obrigado,
{MARCO_SIG}

{quote("pt-request-lgpd-art18-lista.eml")}""", of="pt-request-lgpd-art18-lista.eml",
  reply_to_file="pt-request-lgpd-art18-lista.eml", notes="Acknowledgement of the LGPD request.")

O("en-outgoing-ack-osaka.eml", addr("山本 大輔", "daisuke.yamamoto@example.com"),
  "Re: 開示等請求書の送付 [PD-2026-0320]", "2026-09-22 08:40 -0500",
  f"""Dear Mr. Yamamoto,

Thank you for your disclosure request dated September 20, 2026 (開示請求を受け付けました). We will
send the information by email. As you mentioned, please send a copy of your ID document when ready.

Ref: PD-2026-0320

Best regards,
{DANA_SIG}""", of="ja-request-kaiji-seikyusho.eml", reply_to_file="ja-request-kaiji-seikyusho.eml",
  notes="English acknowledgement to the Japanese APPI request.")

O("en-outgoing-partial-denial.eml", addr("Yolanda Brooks", "yolanda.brooks@example.com"),
  "Re: Request to delete personal information (CCPA) [PD-2026-0323]", "2026-10-06 13:50 -0500",
  f"""Hi Yolanda,

We have deleted your account, saved addresses and marketing records associated with
yolanda.brooks@example.com and ybrooks.art@example.net.

We are not deleting the order and payment records for your three orders from 2025 and 2026. We keep
transaction records for tax and accounting purposes, which is an exception to the right to delete.
They are not used for any other purpose.

If you disagree with this decision, you can reply to this email to appeal.

Ref: PD-2026-0323

Thanks,
{DANA_SIG}

{quote("en-request-ccpa-delete-letter.eml")}""", of="en-request-ccpa-delete-letter.eml",
  reply_to_file="en-request-ccpa-delete-letter.eml", notes="Partial denial of deletion with appeal instructions.")

O("en-outgoing-ack-quebec.eml", addr("Émilie Bouchard", "emilie.bouchard@videotron.example"),
  "Votre demande / Your request [PD-2026-0331]", "2026-10-19 09:05 -0500",
  """Bonjour Émilie,

Nous avons bien reçu votre demande de portabilité du 18 octobre 2026. (Sorry for switching to
English!) We will send your order history and your model files in CSV/ZIP within 30 days. Please reply
with a copy of a piece of ID so we can confirm your identity.

Ref: PD-2026-0331

Merci,
Dana Whitfield
3DPros LLC""", of="fr-request-quebec-portabilite-formulaire.eml",
  notes="Acknowledgement of a form request (new message to the requester, not a reply to the form e-mail).")

O("en-outgoing-ack-busan.eml", addr("박서연", "seoyeon.park@daum-mail.example"),
  "Re: 개인정보 열람 요구서 [PD-2026-0329]", "2026-10-13 08:15 -0500",
  f"""Dear Ms. Park,

We received your access request of October 12, 2026 and will respond within 10 days.

Ref: PD-2026-0329

Best regards,
{MARCO_SIG}""", of="ko-request-yeollam.eml", reply_to_file="ko-request-yeollam.eml",
  notes="Acknowledgement that bounces (see en-automated-bounce-our-ack-busan).")

# ================================================================ follow-ups

F("de-followup-ausweis.eml", addr("Johannes Becker", "johannes.becker@posteo.example"),
  "Re: Anfrage nach Art. 15 DSGVO [PD-2026-0307]", "2026-09-08 19:02 +0200",
  f"""Hallo Herr Ruiz,

anbei eine Kopie meines Personalausweises (geschwärzt bis auf Name und Anschrift).

Viele Grüße
Johannes Becker

{quote("en-outgoing-ack-leipzig.eml", lang="de")}""", client="thunderbird", domain="posteo.example",
  in_reply_to=mid("en-outgoing-ack-leipzig.eml"),
  references=refs("de-request-datenanfragen-auskunft.eml", "en-outgoing-ack-leipzig.eml"),
  attachments=[Att("Personalausweis_geschwaerzt.jpg", "image/jpeg", fake_jpeg("becker-perso"))],
  of="de-request-datenanfragen-auskunft.eml", notes="Redacted ID sent in reply to our acknowledgement.")

F("en-followup-uk-driving-licence.eml", addr("Alistair Munro", "alistair.munro@example.com"),
  "RE: Subject Access Request - Alistair Munro [PD-2026-0311]", "2026-09-04 20:11 +0100",
  f"""Dear Dana,

Please find attached a scan of my driving licence with the licence number covered.

Regards,
Alistair Munro

{quote("en-outgoing-ack-uk-sar.eml", style="outlook")}""", client="outlookcom", content_language="en-GB",
  in_reply_to=mid("en-outgoing-ack-uk-sar.eml"),
  references=refs("en-request-uk-sar-template.eml", "en-outgoing-ack-uk-sar.eml"),
  attachments=[Att("driving_licence.jpg", "image/jpeg", fake_jpeg("munro-licence"))],
  of="en-request-uk-sar-template.eml", notes="ID sent in reply.")

F("en-followup-uk-token-any-news.eml", addr("Alistair Munro", "alistair.munro@example.com"),
  "PD-2026-0311", "2026-10-05 07:30 +0100",
  """Hello,

Just checking on the progress of my subject access request, reference PD-2026-0311. The month is up
on Friday.

Alistair Munro""", client="outlookcom", content_language="en-GB", of="en-request-uk-sar-template.eml",
  notes="New message whose subject is only the token.")

F("en-followup-datenanfragen-admonition.eml", addr("Lorenzo Vella", "lorenzo.vella@melita-mail.example"),
  "Re: Request for access to personal data according to Article 15 GDPR", "2026-10-12 22:15 +0200",
  f"""To Whom It May Concern:

on 7 September 2026 I sent you a request according to Article 15 GDPR. Unfortunately, I have not
received an answer so far. The period of one month according to Article 12(3) sentence 1 GDPR is
therefore exceeded.

That is why I am contacting you again. After the arrival of this admonition, please adequately answer
my request within two weeks. Otherwise, I reserve the right to take legal action against you and to
lodge a complaint with the responsible supervisory authority.

Thank you.

Yours sincerely,
Lorenzo Vella

{quote("en-request-datenanfragen-access.eml")}""", client="thunderbird", domain="melita-mail.example",
  in_reply_to=mid("en-request-datenanfragen-access.eml"), references=mid("en-request-datenanfragen-access.eml"),
  of="en-request-datenanfragen-access.eml",
  notes="datenanfragen.de admonition sent as a reply in the thread: a reminder (follow-up), not a complaint.")

F("pt-followup-documento.eml", addr("Beatriz Almeida", "beatriz.almeida@uol.example"),
  "Re: Requerimento de titular de dados - LGPD art. 18 [PD-2026-0318]", "2026-09-25 10:12 -0300",
  f"""Olá Marco,

Segue em anexo minha CNH (com o número do documento coberto).

Att.,
Beatriz

{quote("en-outgoing-ack-lgpd.eml", lang="pt")}""", in_reply_to=mid("en-outgoing-ack-lgpd.eml"),
  references=refs("pt-request-lgpd-art18-lista.eml", "en-outgoing-ack-lgpd.eml"),
  attachments=[Att("CNH.jpg", "image/jpeg", fake_jpeg("beatriz-cnh"))],
  of="pt-request-lgpd-art18-lista.eml", notes="ID sent in reply.")

F("ja-followup-menkyosho.eml", addr("山本 大輔", "daisuke.yamamoto@example.com", "iso-2022-jp", "B"),
  "Re: 開示等請求書の送付 [PD-2026-0320]", "2026-09-24 21:00 +0900",
  f"""3DPros LLC
Dana Whitfield 様

ご連絡ありがとうございます。本人確認書類として運転免許証の写しを添付いたします。
よろしくお願いいたします。

山本 大輔

{quote("en-outgoing-ack-osaka.eml", lang="ja")}""", client="plain", mailer="Thunderbird", charset="iso-2022-jp",
  cte="7bit", subj_charset="iso-2022-jp", subj_enc="B", in_reply_to=mid("en-outgoing-ack-osaka.eml"),
  references=refs("ja-request-kaiji-seikyusho.eml", "en-outgoing-ack-osaka.eml"),
  attachments=[Att("unten_menkyo.jpg", "image/jpeg", fake_jpeg("yamamoto-menkyo"))],
  of="ja-request-kaiji-seikyusho.eml", notes="Japanese ID follow-up in the thread.")

F("fr-followup-quebec-piece-identite.eml", addr("Émilie Bouchard", "emilie.bouchard@videotron.example"),
  "Re: Votre demande / Your request [PD-2026-0331]", "2026-10-20 12:40 -0400",
  f"""Bonjour Dana,

Pas de problème pour l'anglais! Voici une copie de mon permis de conduire (numéro masqué).

Merci et bonne journée,
Émilie

{quote("en-outgoing-ack-quebec.eml", lang="fr")}""", client="outlook", charset="windows-1252",
  content_language="fr-CA", in_reply_to=mid("en-outgoing-ack-quebec.eml"), references=mid("en-outgoing-ack-quebec.eml"),
  attachments=[Att("permis_conduire.jpg", "image/jpeg", fake_jpeg("emilie-permis"))],
  of="fr-request-quebec-portabilite-formulaire.eml", notes="ID sent in reply to our acknowledgement of a form request.")

F("pl-followup-ponaglenie.eml", addr("Piotr Zieliński", "piotr.zielinski@onet.example", "iso-8859-2", "B"),
  "Odp: Wniosek o dostęp do danych osobowych (art. 15 RODO)", "2026-11-09 09:45 +0100",
  f"""Szanowni Państwo,

minął miesiąc od złożenia mojego wniosku z 7 października, a nie otrzymałem żadnej odpowiedzi. Proszę
o pilną realizację wniosku.

Z poważaniem
Piotr Zieliński

{quote("pl-request-dostep-art15.eml", style="outlook", lang="pl")}""", client="outlook", charset="iso-8859-2",
  content_language="pl-PL", subj_charset="iso-8859-2", subj_enc="B",
  in_reply_to=mid("pl-request-dostep-art15.eml"), references=mid("pl-request-dostep-art15.eml"),
  of="pl-request-dostep-art15.eml", notes="Polish reminder (ponaglenie) in the thread.")

F("sv-followup-paminnelse.eml", addr("Anna Bergström", "anna.bergstrom@bredband-mail.example"),
  "Sv: Begäran om registerutdrag enligt artikel 15", "2026-10-20 18:05 +0200",
  f"""Hej igen,

Har ni fått mitt mejl nedan? Jag har inte hört något än.

/Anna

{quote("sv-request-imy-registerutdrag.eml", lang="sv")}""", in_reply_to=mid("sv-request-imy-registerutdrag.eml"),
  references=mid("sv-request-imy-registerutdrag.eml"), of="sv-request-imy-registerutdrag.eml",
  notes="Swedish reminder replying to her own request.")

F("ko-followup-dokchok.eml", addr("박서연", "seoyeon.park@daum-mail.example"), "Re: 개인정보 열람 요구서",
  "2026-11-02 10:10 +0900",
  f"""안녕하세요.

10월 12일에 보낸 열람 요구에 대해 아직 답변을 받지 못했습니다. 법정 기한(10일)이 지났으니 확인 부탁드립니다.

박서연

{quote("ko-request-yeollam.eml", lang="ko")}""", client="plain", mailer="Daum Mail", charset="utf-8", cte="base64",
  subj_charset="utf-8", subj_enc="B", in_reply_to=mid("ko-request-yeollam.eml"), references=mid("ko-request-yeollam.eml"),
  of="ko-request-yeollam.eml", notes="Korean reminder; our acknowledgement bounced.")

F("it-followup-documento.eml", addr("Salvatore Esposito", "salvatore.esposito@libero.example"),
  "Re: Esercizio di diritti in materia di protezione dei dati personali", "2026-09-18 09:30 +0200",
  f"""Buongiorno,

ad integrazione della mia richiesta di ieri allego copia del documento d'identità.

Saluti
Salvatore Esposito

{quote("it-request-garante-modulo.eml", lang="it")}""", client="plain", mailer="Libero Mail",
  in_reply_to=mid("it-request-garante-modulo.eml"), references=mid("it-request-garante-modulo.eml"),
  attachments=[Att("carta_identita.pdf", "application/pdf", fake_pdf("Carta d'identita", ["CARTA D'IDENTITA",
                                                                                         "ESPOSITO SALVATORE"]))],
  of="it-request-garante-modulo.eml", notes="ID sent as an addition to his own request.")

F("en-followup-agent-closing.eml", "OptWell Agent <agent@optwell.example>",
  "Re: Do Not Sell or Share request submitted by OptWell on behalf of Danielle Kim [PD-2026-0315]",
  "2026-09-18 12:02 -0700",
  f"""Thank you for confirming. We have marked this request as completed for the consumer.

The OptWell team

{quote("en-outgoing-optout-done-agent.eml")}""", client="plain", mailer="OptWell/2.4", cc="danielle.kim@example.com",
  in_reply_to=mid("en-outgoing-optout-done-agent.eml"),
  references=refs("en-request-agent-optout-app.eml", "en-outgoing-optout-done-agent.eml"),
  of="en-request-agent-optout-app.eml", notes="Agent closes the request.")

F("fi-followup-tilanne.eml", addr("Mikko Virtanen", "mikko.virtanen@elisa.example"),
  "Vs: Henkilötietojen poistaminen", "2026-11-12 08:20 +0200",
  f"""Hei,

mikä on tilanne? En ole saanut vahvistusta poistosta.

Mikko

{quote("fi-request-poisto.eml", lang="fi")}""", in_reply_to=mid("fi-request-poisto.eml"),
  references=mid("fi-request-poisto.eml"), of="fi-request-poisto.eml", notes="Finnish 'any update?'.")

F("es-followup-poder-notarial.eml", "Mariana Funes <mariana.funes@example.com>",
  "Re: Solicitud de acceso a datos personales de mi padre", "2026-11-09 11:00 -0300",
  f"""Estimados:

Les reenvío el poder, porque me avisaron que el adjunto anterior no se abría. También adjunto copia de
mi DNI.

Saludos,
Mariana Funes

{quote("es-request-poder-padre-argentina.eml", lang="es")}""", in_reply_to=mid("es-request-poder-padre-argentina.eml"),
  references=mid("es-request-poder-padre-argentina.eml"),
  attachments=[Att("Poder_general_Funes_escaneado.pdf", "application/pdf",
                   fake_pdf("Poder general", ["PODER GENERAL - COPIA ESCANEADA"])),
               Att("DNI_Mariana_Funes.jpg", "image/jpeg", fake_jpeg("mariana-dni"))],
  of="es-request-poder-padre-argentina.eml", notes="Agent re-sends the power of attorney and her ID.")

F("nl-followup-nog-niets.eml", addr("Mark Jansen", "mark.jansen@kpn-mail.example"), "Re: Verzoek om inzage",
  "2026-11-03 09:10 +0100",
  f"""Goedemorgen,

Ik heb op 28 september om inzage gevraagd (zie hieronder) en nog niets van u gehoord. Wilt u laten
weten wanneer ik een reactie kan verwachten?

Met vriendelijke groet,
Mark Jansen

{quote("nl-request-ap-inzage.eml", lang="nl")}""", in_reply_to=mid("nl-request-ap-inzage.eml"),
  references=mid("nl-request-ap-inzage.eml"), of="nl-request-ap-inzage.eml", notes="Dutch reminder.")

# ================================================================ appeal in the thread

R("en-request-appeal-after-partial-denial.eml", "Yolanda Brooks", "yolanda.brooks@example.com",
  "Re: Request to delete personal information (CCPA) [PD-2026-0323]", "2026-10-13 18:20 -0700",
  f"""Hi Dana,

I'd like to appeal this. Two of those orders were gift cards I never used and one was refunded in full,
so I don't see what tax reason there is to keep my name and address on them. Please reconsider your
decision.

Yolanda

{quote("en-outgoing-partial-denial.eml")}""", in_reply_to=mid("en-outgoing-partial-denial.eml"),
  references=refs("en-request-ccpa-delete-letter.eml", "en-outgoing-partial-denial.eml"),
  types=["appeal"], regimes=["ccpa"],
  notes="Reply contesting our partial denial and asking us to reconsider: an appeal request. Thread: "
        "en-request-ccpa-delete-letter.eml -> en-outgoing-partial-denial.eml. California (from the original letter).")
