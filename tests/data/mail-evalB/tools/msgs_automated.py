"""Set B: automated mail - out-of-office replies, bounces, mailing lists and newsletters."""

from common import A, OOO_HEADERS, OUTLOOK_OOO, list_headers
from kit import Rand, addr, dsn_body, get, mid, original_copy, refs, when

# ================================================================ out-of-office

A("en-automated-ooo-lakeside.eml", addr("Derek Simmons", "dsimmons@lakeside-robotics.example"),
  "Automatic reply: Quote Q-2026-219 - revised pricing", "2026-11-18 09:02 -0600",
  """I am out of the office until Monday, November 23 with limited access to email. For urgent
operations matters please contact Pam Rudd at prudd@lakeside-robotics.example.

Derek Simmons
Operations Manager | Lakeside Robotics""", client="outlook", extra=OUTLOOK_OOO, kind="auto_reply",
  notes="Outlook automatic reply to our quote email.")

A("pt-automated-ferias-resposta-ack.eml", addr("Rafael Nogueira Lima", "rafael.nlima@uol.example"),
  "Resposta automática: Re: Solicitação LGPD [PD-2026-0152]", "2026-10-05 11:46 -0300",
  """Olá! Estou de férias até 06/10 e com acesso limitado ao e-mail. Responderei assim que possível.

Rafael""", client="plain", mailer="UOL Mail", in_reply_to=mid("en-outgoing-ack-lgpd.eml"),
  references=refs("pt-request-brasil-lgpd.eml", "en-outgoing-ack-lgpd.eml"), kind="auto_reply",
  notes="Out-of-office answering our acknowledgement; no Auto-Submitted header. Must not open a request; "
        "attaching it to the thread is fine (follow_up_of left empty by convention).")

A("de-automated-abwesenheit.eml", addr("Jenna Alvarez", "jenna.alvarez@filamentia.example"),
  "Automatische Antwort: Bestellung Oktober", "2026-10-13 08:01 +0200",
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16.10. auf der Formnext-Vorbereitung und
habe nur eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
vertrieb@filamentia.example.

Thank you for your message. I am out of office until October 16.

Jenna Alvarez""", client="outlook", charset="windows-1252", content_language="de-DE",
  extra=[("X-Auto-Response-Suppress", "All")], kind="auto_reply",
  notes="German/English Outlook auto-reply with X-Auto-Response-Suppress only (no Auto-Submitted).")

A("fr-automated-absence.eml", addr("Amélie Rousseau", "amelie.rousseau@orange-fr.example"),
  "Réponse automatique : Re: Demande de devis - figurines", "2026-10-17 09:30 +0200",
  """Bonjour,

Je suis absente du bureau jusqu'au 26 octobre inclus. Je prendrai connaissance de votre message à mon
retour.

Cordialement,
Amélie Rousseau""", client="orange", extra=OOO_HEADERS, kind="auto_reply", notes="French auto-reply.")

A("es-automated-fuera-oficina.eml", addr("Carlos Jiménez", "carlos.jimenez@example.com"),
  "Fuera de la oficina", "2026-09-26 08:00 -0500",
  """Hola, estoy fuera de la oficina hasta el 1 de octubre sin acceso al correo. Gracias por su paciencia.

Carlos Jiménez""", client="plain", kind="auto_reply",
  notes="Spanish out-of-office without any auto-reply headers.")

A("it-automated-fuori-ufficio.eml", addr("Amministrazione Studio Ferri", "amministrazione@studioferri.example"),
  "R: Richiesta fattura ordine 3D-5015", "2026-10-21 09:00 +0200",
  """Gentile mittente,

l'ufficio amministrazione è chiuso per ferie fino al 26 ottobre. La sua e-mail sarà letta al nostro
rientro.

Cordiali saluti
Studio Tecnico Ferri S.r.l.""", client="plain", kind="auto_reply",
  notes="Italian office-closed auto-reply, no auto headers, subject looks like a normal reply ('R:').")

A("nl-automated-afwezig.eml", addr("Joost van Dijk", "joost.vandijk@kpn-mail.example"),
  "Afwezig: Re: Retour sturen", "2026-11-13 10:00 +0100",
  """Ik ben afwezig tot en met 20 november. Uw bericht wordt niet doorgestuurd.

Met vriendelijke groet,
Joost van Dijk""", client="plain", extra=OOO_HEADERS, kind="auto_reply", notes="Dutch auto-reply.")

A("sv-automated-franvaro.eml", addr("Erik Lundqvist", "erik.lundqvist@telia.example"),
  "Autosvar: Frånvaro", "2026-10-20 07:12 +0200",
  """Hej! Jag är på semester till och med 27 oktober och läser inte min e-post. Vid brådskande ärenden,
ring 070-555 01 64.

/Erik""", client="outlook", extra=OUTLOOK_OOO, content_language="sv-SE", kind="auto_reply",
  notes="Swedish auto-reply from a requester (not linked to any of our messages).")

A("pl-automated-nieobecnosc.eml", addr("Katarzyna Wiśniewska", "k.wisniewska@wp-pl.example", "iso-8859-2", "B"),
  "Nieobecność", "2026-10-08 09:00 +0200",
  """Dzień dobry,

do 12 października jestem na urlopie bez dostępu do poczty. Odpowiem po powrocie.

Pozdrawiam,
Katarzyna Wiśniewska""", client="plain", mailer="WP Poczta", charset="iso-8859-2", cte="quoted-printable",
  subj_charset="iso-8859-2", kind="auto_reply", notes="Polish out-of-office, no auto headers.")

A("ja-automated-fuzai.eml", addr("田中 健太", "kenta.tanaka@example.com", "iso-2022-jp", "B"),
  "【自動返信】不在のお知らせ", "2026-10-01 09:00 +0900",
  """メールありがとうございます。
10月1日から10月5日まで休暇のため不在にしております。
ご返信は10月6日以降となります。ご了承ください。

田中 健太""", client="plain", charset="iso-2022-jp", cte="7bit", subj_charset="iso-2022-jp", subj_enc="B",
  extra=OOO_HEADERS, kind="auto_reply", notes="Japanese out-of-office.")

A("en-automated-ooo-parental-leave.eml", addr("Priscilla Dunn", "priscilla@thegameden.example"),
  "Re: Wholesale pricing for dice towers?", "2026-09-16 08:30 -0400",
  """Hi! I'm on parental leave until January 4 and not checking email. For orders and events please
write to hello@thegameden.example and someone from the cafe will get back to you.

Priscilla""", client="gmail", kind="auto_reply",
  notes="Out-of-office that looks like a normal reply ('Re:'), no auto headers.")

A("de-automated-ticket-eingang.eml", addr("Filamentia Support", "support@filamentia.example"),
  "[Ticket#2026101487] Ihre Anfrage ist eingegangen", "2026-10-14 11:22 +0200",
  """Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer 2026101487 erfasst. Wir
melden uns innerhalb von zwei Werktagen.

Bitte antworten Sie nicht auf diese E-Mail.

Ihr Filamentia-Support-Team""", client="ticket", domain="filamentia.example",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "support@filamentia.example")],
  kind="auto_reply", notes="Ticket-system acknowledgement from a supplier.")

# ================================================================ bounces

_ack = get("en-outgoing-ack-mexico.eml")
_r = Rand("bounce-mexico")
A("en-automated-bounce-our-ack-mexico.eml", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)", "2026-10-19 10:05 -0500", None,
  raw_body=dsn_body(_r, reporting_mta="mail-sor-f41.google.com", recipient="lf.ortega@example.com",
                    status="5.2.2", action="failed",
                    diag="552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to 552 5.2.2 "
                         "https://support.google.com/mail/?p=OverQuotaPerm",
                    human="** Message not delivered **\n\nThere was a problem delivering your message to "
                          "lf.ortega@example.com. The recipient's inbox is full and can't accept messages right now. "
                          "Try resending the message later, or contact the recipient directly.",
                    original=original_copy(_ack, headers_only=False), arrival=_ack.dt, headers_only=False,
                    boundary_style="gmail"),
  client="gmail", return_path="<>", delay_s=40, in_reply_to=_ack.msgid, references=_ack.msgid,
  extra=[("Auto-Submitted", "auto-replied")], kind="bounce",
  notes="Gmail DSN returning our acknowledgement (with token) to the Mexican requester. Must not open a request.")

_r = Rand("bounce-newsletter")
A("en-automated-bounce-newsletter.eml", "MAIL-DELIVERY-SYSTEM <MAILER-DAEMON@mx2.oldisp.example>",
  "Undelivered Mail Returned to Sender", "2026-10-14 10:02 -0400", None,
  raw_body=dsn_body(_r, reporting_mta="mx2.oldisp.example", recipient="jwhitman@oldisp.example", status="5.1.1",
                    action="failed", diag="550 5.1.1 <jwhitman@oldisp.example>: Recipient address rejected: User unknown",
                    human="This is the mail system at host mx2.oldisp.example.\n\nI'm sorry to have to inform you that "
                          "your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                          "<jwhitman@oldisp.example>: host mx2.oldisp.example said: 550 5.1.1 User unknown",
                    original="Return-Path: <3dprosteam@gmail.com>\nFrom: 3DPros <3dprosteam@gmail.com>\n"
                             "To: jwhitman@oldisp.example\nSubject: =?utf-8?Q?=F0=9F=8E=83_Spooky_Season_Sale?=\n"
                             "Date: Wed, 14 Oct 2026 09:00:12 -0500\nMessage-ID: <CAnl1026spooky0099@mail.gmail.com>",
                    arrival=when("2026-10-14 09:00 -0500")),
  client="plain", return_path="<>", extra=[("Auto-Submitted", "auto-replied")], kind="bounce",
  notes="Postfix DSN for our newsletter.")

A("en-automated-bounce-o365.eml", addr("Microsoft Outlook", "postmaster@lakeside-robotics.example"),
  "Undeliverable: Quote Q-2026-219 - revised pricing", "2026-11-18 09:01 -0600",
  html="""<html><body>
<p><b><font color="#000066" size="3" face="Arial">Your message to prudd@lakeside-robotics.example couldn't be delivered.</font></b></p>
<p><font size="2" face="Arial">prudd wasn't found at lakeside-robotics.example.</font></p>
<p><b>Action Required</b>: Unknown To address</p>
<hr>
<p><font size="2">Diagnostic information for administrators:<br>Generating server: BY5PR04MB6721.namprd04.prod.outlook.com<br>
prudd@lakeside-robotics.example<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>
</body></html>""", html_only=True, client="outlook", return_path="<>",
  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], kind="bounce",
  notes="Office 365 NDR (HTML only).")

_r = Rand("delay")
A("en-automated-delay-dsn.eml", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Delay)", "2026-11-21 14:10 -0600", None,
  raw_body=dsn_body(_r, reporting_mta="mail-sor-f65.google.com", recipient="orders@pinecrest-hobbies.example",
                    status="4.4.1", action="delayed",
                    diag="421 4.4.1 Connection timed out. Will retry for up to 5 days.",
                    human="** Delivery incomplete **\n\nThere was a temporary problem delivering your message to "
                          "orders@pinecrest-hobbies.example. Gmail will retry for 46 more hours. You'll be notified "
                          "if the delivery fails permanently.",
                    original="From: 3DPros Team <3dprosteam@gmail.com>\nTo: orders@pinecrest-hobbies.example\n"
                             "Subject: Restock: dragon dice towers\nDate: Fri, 20 Nov 2026 13:55:02 -0600",
                    arrival=when("2026-11-20 13:55 -0600"), boundary_style="gmail"),
  client="gmail", return_path="<>", extra=[("Auto-Submitted", "auto-replied")], kind="bounce",
  notes="Gmail delay DSN.")

# ================================================================ lists and newsletters

A("en-automated-list-makers-digest.eml", "austin-makers-request@lists.austinmakers.example", "Austin-Makers Digest, Vol 88, Issue 12",
  "2026-10-10 06:00 -0500",
  """Send Austin-Makers mailing list submissions to
	austin-makers@lists.austinmakers.example

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.austinmakers.example/mailman/listinfo/austin-makers

Today's Topics:

   1. GDPR deletion requests from EU customers? (Tom R.)
   2. Re: Resin fumes in a garage shop (Lena K.)

----------------------------------------------------------------------

Message: 1
Date: Fri, 9 Oct 2026 18:22:41 -0500
From: Tom R. <tomr@example.net>
Subject: [Austin-Makers] GDPR deletion requests from EU customers?

Anyone else selling on their own site get a "please delete my personal data under Article 17" email
from a European customer? How long do you have to respond and do you have to delete the invoices too?

----------------------------------------------------------------------

Message: 2
Date: Fri, 9 Oct 2026 20:05:13 -0500
From: Lena K. <lenak@example.org>
Subject: Re: [Austin-Makers] Resin fumes in a garage shop

Get a real enclosure with an inline fan vented outside. Carbon filters alone aren't enough.

End of Austin-Makers Digest, Vol 88, Issue 12
*********************************************""", client="plain", mailer="Mailman",
  extra=[("List-Id", "Austin makers discussion <austin-makers.lists.austinmakers.example>"),
         ("List-Unsubscribe", "<https://lists.austinmakers.example/mailman/options/austin-makers>"),
         ("Precedence", "list"), ("X-BeenThere", "austin-makers@lists.austinmakers.example")],
  kind="list", notes="Mailman digest quoting a GDPR deletion question: list mail, not a request.")

A("en-automated-list-google-group.eml", "Marisol Vega <marisol.vega@example.com>",
  "Re: [tx-small-biz] sales tax on digital STL downloads", "2026-11-09 12:14 -0600",
  """We charge it, the comptroller treats digital products as taxable in TX. Talk to your CPA though.

-Marisol

--
You received this message because you are subscribed to the Google Groups "tx-small-biz" group.
To unsubscribe from this group and stop receiving emails from it, send an email to
tx-small-biz+unsubscribe@googlegroups.example.""", client="gmail",
  extra=[("List-Id", "<tx-small-biz.googlegroups.example>"), ("Mailing-list", "list tx-small-biz@googlegroups.example"),
         ("List-Unsubscribe", "<mailto:tx-small-biz+unsubscribe@googlegroups.example>"), ("Precedence", "list")],
  kind="list", notes="Google Groups list message with unsubscribe footer.")

A("en-automated-newsletter-supplier.eml", addr("Filamentia Supply Co.", "news@filamentia.example"),
  "New silk colors + bulk pricing for 2027", "2026-11-02 07:30 -0500",
  html="""<html><body><table width="600" align="center"><tr><td>
<h1 style="color:#333">Six new silk colors are here</h1>
<p>Aurora, Copper Dusk, Glacier and three more. Order 10+ spools and save 15% with code SILK15.</p>
<p><a href="https://filamentia.example/silk">Shop silk</a></p>
<p style="font-size:11px;color:#999">You're receiving this email because you are a Filamentia wholesale customer.
<a href="https://filamentia.example/unsubscribe?u=3dp">Unsubscribe</a> &middot; <a href="https://filamentia.example/privacy">Privacy policy</a></p>
</td></tr></table></body></html>""", html_only=True, client="plain", mailer="Mailchimp",
  extra=list_headers("<b7e1f0.list-id.mcsv.example>", "<https://filamentia.example/unsubscribe?u=3dp>"),
  kind="list", notes="Supplier newsletter, HTML only.")

A("en-automated-github-notification.eml", addr("Bram Jansen", "notifications@github.example"),
  "Re: [3dpros/slicer-profiles] PETG profile causes stringing (Issue #212)", "2026-09-21 04:33 -0700",
  """Tried the new retraction settings (0.8mm @ 40mm/s), stringing is mostly gone. Closing this.

--
Reply to this email directly, view it on GitHub:
https://github.example/3dpros/slicer-profiles/issues/212#issuecomment-2283341
You are receiving this because you are subscribed to this thread.""", client="plain",
  extra=[("List-Id", "3dpros/slicer-profiles <slicer-profiles.3dpros.github.example>"),
         ("List-Unsubscribe", "<mailto:unsub+abc123@reply.github.example>"), ("Precedence", "list"),
         ("X-GitHub-Reason", "subscribed")], kind="list", notes="GitHub issue notification.")
