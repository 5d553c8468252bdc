"""Our outgoing replies and follow-ups in request threads."""
from kit import M, SHOP, fake_pdf, fake_jpeg

US = ("3DPros Privacy Team", SHOP)
O = dict(cat="outgoing", frm=US, style="gmail")
F = dict(cat="follow_up")

# ------------------------------------------------------------------ outgoing

M("en-outgoing-ack-ca-delete", **O, lang="en", follow_up_of="en-request-ca-delete-and-dont-sell",
  irt="en-request-ca-delete-and-dont-sell", to=("Marisol Ortega", "marisol.ortega@example.com"),
  date="2026-11-03 09:05 -0600", types=[], regimes=[],
  subj="Re: Request to delete my personal information [PD-2026-0412]",
  body="""
Hi Marisol,

Thanks for your message. We've logged your request to delete your personal information and not to sell or share it. We don't sell customer data, and we've flagged your record so it won't be shared.

We'll confirm once the deletion is complete, within 45 days at the latest. Please keep the reference below in the subject if you write again.

Ref: PD-2026-0412

3DPros LLC - Privacy Team
2307 Hayfield Square, Pflugerville, TX 78660
""", notes="Our acknowledgement.")

M("en-outgoing-verify-va-access", **O, lang="en", follow_up_of="en-request-va-access-vcdpa",
  irt="en-request-va-access-vcdpa", to=("Douglas Pruitt", "dpruitt@example.net"),
  date="2026-11-04 10:20 -0600", types=[], regimes=[],
  subj="Re: Consumer request under the Virginia Consumer Data Protection Act [PD-2026-0415]",
  body="""
Hello Mr. Pruitt,

We received your access request. Before we send any personal data we need to make sure we're sending it to the right person. Could you reply with the order number of one of your purchases and the ZIP code it shipped to? If you don't have an order number, a photo of a government ID with everything but your name and address covered is also fine.

Ref: PD-2026-0415

3DPros LLC - Privacy Team
""", notes="Our verification request.")

M("en-outgoing-fulfilled-tx-access", **O, lang="en", follow_up_of="en-request-tx-formal-orders",
  irt="en-request-tx-formal-orders", to=("Reginald Amadi", "reginald.amadi@example.com"),
  date="2026-11-20 14:02 -0600", types=[], regimes=[],
  attach=[("PD-2026-0419_Amadi_personal_data.pdf", "application/pdf",
           fake_pdf("Personal data held by 3DPros LLC - PD-2026-0419", ["Name: Reginald Amadi", "Email: reginald.amadi@example.com",
                    "Orders: 3DP-20417, 3DP-20588", "Shipping address: Round Rock, TX"])),
          ("PD-2026-0419_Amadi_export.json", "application/json",
           '{"name": "Reginald Amadi", "email": "reginald.amadi@example.com", "orders": ["3DP-20417", "3DP-20588"]}\n')],
  subj="Re: Formal request - Texas Data Privacy and Security Act - Orders 3DP-20417, 3DP-20588 [PD-2026-0419]",
  body="""
Dear Mr. Amadi,

Please find attached (1) a summary of the personal data we hold about you and how we use it, and (2) a machine-readable copy (JSON) of the data you provided to us.

If anything looks wrong or missing, just reply to this email.

Ref: PD-2026-0419

3DPros LLC - Privacy Team
""", notes="Our response with the data (PDF + JSON).")

M("de-outgoing-eingang-berlin", **O, lang="de", follow_up_of="de-request-berlin-auskunft-formal",
  irt="de-request-berlin-auskunft-formal", to=("Jörg Hüttemann", "joerg.huettemann@example.de"),
  date="2026-11-02 11:40 -0600", types=[], regimes=[],
  subj="Re: Auskunftsersuchen nach Art. 15 DSGVO [PD-2026-0409]",
  body="""
Sehr geehrter Herr Hüttemann,

vielen Dank für Ihre Anfrage. Wir haben Ihr Auskunftsersuchen erhalten und werden es innerhalb eines Monats beantworten.

Ref: PD-2026-0409

Mit freundlichen Grüßen
3DPros LLC – Privacy Team
""", notes="Our German acknowledgement.")

M("en-outgoing-ack-uk-sar", **O, lang="en", follow_up_of="en-request-uk-sar-manchester",
  irt="en-request-uk-sar-manchester", to=("Rhys Pemberton", "rhys.pemberton@example.co.uk"),
  date="2026-11-11 08:15 -0600", types=[], regimes=[],
  subj="Re: Subject Access Request [PD-2026-0431]",
  body="""
Dear Mr Pemberton,

Thank you, we have received your subject access request and are gathering the information. You will hear from us by 10 December 2026.

Ref: PD-2026-0431

Kind regards,
3DPros LLC - Privacy Team
""", notes="Our acknowledgement.")

M("fr-outgoing-accuse-lyon", **O, lang="fr", follow_up_of="fr-request-lyon-effacement",
  irt="fr-request-lyon-effacement", to=("Camille Rousseau", "camille.rousseau@example.fr"),
  date="2026-11-04 12:30 -0600", types=[], regimes=[],
  subj="Re: Demande d'effacement de mes données [PD-2026-0414]",
  body="""
Bonjour,

Nous avons bien reçu votre demande d'effacement. Nous vous confirmerons la suppression dans un délai d'un mois.

Réf. : PD-2026-0414

Cordialement,
3DPros LLC – Privacy Team
""", notes="Our French acknowledgement.")

M("en-outgoing-agent-proof-needed", **O, lang="en", follow_up_of="en-request-lawyer-no-proof-ca",
  irt="en-request-lawyer-no-proof-ca", to=("Daniel Osei", "dosei@osei-legal.example"),
  date="2026-11-30 09:45 -0600", types=[], regimes=[],
  subj="Re: Client request - Rebecca Thornton [PD-2026-0478]",
  body="""
Dear Mr. Osei,

Thank you for your message. Before we can act on a request made on Ms. Thornton's behalf, we need written proof that she has authorized you to make it (for example a signed authorization or power of attorney). Please reply with that document.

Ref: PD-2026-0478

3DPros LLC - Privacy Team
""", notes="Our request for proof of authority.")

# ------------------------------------------------------------------ follow-ups

M("en-followup-ca-delete-any-update", **F, lang="en", types=[], regimes=[], follow_up_of="en-request-ca-delete-and-dont-sell",
  style="gmail", frm=("Marisol Ortega", "marisol.ortega@example.com"), irt="en-outgoing-ack-ca-delete",
  date="2026-12-01 18:22 -0800",
  subj="Re: Request to delete my personal information [PD-2026-0412]",
  body="""
Hi, any update on this? It's been almost a month.

Marisol

On Tue, Nov 3, 2026 at 7:05 AM 3DPros Privacy Team <3dprosteam@gmail.com> wrote:
> Hi Marisol,
>
> Thanks for your message. We've logged your request to delete your personal
> information and not to sell or share it.
>
> Ref: PD-2026-0412
""", notes="Plain 'any update?' reply.")

M("en-followup-va-id-sent", **F, lang="en", types=[], regimes=[], follow_up_of="en-request-va-access-vcdpa",
  style="outlook", frm=("Douglas Pruitt", "dpruitt@example.net"), irt="en-outgoing-verify-va-access",
  date="2026-11-05 07:58 -0500",
  attach=[("IMG_4471.jpg", "image/jpeg", fake_jpeg("pruitt-id"))],
  subj="RE: Consumer request under the Virginia Consumer Data Protection Act [PD-2026-0415]",
  body="""
Order number is 3DP-18822, shipped to 23220. I’ve also attached a photo of my license with the number covered.

Douglas Pruitt

From: 3DPros Privacy Team <3dprosteam@gmail.com>
Sent: Wednesday, November 4, 2026 11:20 AM
To: Douglas Pruitt <dpruitt@example.net>
Subject: Re: Consumer request under the Virginia Consumer Data Protection Act [PD-2026-0415]

Hello Mr. Pruitt,

We received your access request. Before we send any personal data we need to make sure we're sending it to the right person.

Ref: PD-2026-0415
""", notes="ID sent (JPEG), Outlook top-posting.")

M("en-followup-tx-thanks-received", **F, lang="en", types=[], regimes=[], follow_up_of="en-request-tx-formal-orders",
  style="outlook", frm=("Reginald Amadi", "reginald.amadi@example.com"), irt="en-outgoing-fulfilled-tx-access",
  date="2026-11-21 08:30 -0600",
  subj="RE: Formal request - Texas Data Privacy and Security Act - Orders 3DP-20417, 3DP-20588 [PD-2026-0419]",
  body="""
Received, thank you. The data looks complete.

Reginald Amadi

-----Original Message-----
From: 3DPros Privacy Team <3dprosteam@gmail.com>
Sent: Friday, November 20, 2026 2:02 PM
Subject: Re: Formal request - Texas Data Privacy and Security Act [PD-2026-0419]

Please find attached (1) a summary of the personal data we hold about you...
""", notes="Thank-you follow-up; closes the thread.")

M("de-followup-berlin-frist", **F, lang="de", types=[], regimes=[], follow_up_of="de-request-berlin-auskunft-formal",
  style="tb-latin1", acc_lang="de-DE", frm=("Jörg Hüttemann", "joerg.huettemann@example.de"), hmode="Q", hcs="iso-8859-1",
  irt="de-outgoing-eingang-berlin", date="2026-12-01 20:05 +0100",
  subj="Re: Auskunftsersuchen nach Art. 15 DSGVO [PD-2026-0409]",
  body="""
Sehr geehrte Damen und Herren,

die Monatsfrist für mein Auskunftsersuchen läuft morgen ab. Bisher habe ich außer Ihrer Eingangsbestätigung nichts erhalten. Ich bitte um umgehende Erledigung.

Mit freundlichen Grüßen
Jörg Hüttemann

Am 02.11.26 um 18:40 schrieb 3DPros Privacy Team:
> Sehr geehrter Herr Hüttemann,
>
> vielen Dank für Ihre Anfrage. Wir haben Ihr Auskunftsersuchen erhalten
> und werden es innerhalb eines Monats beantworten.
>
> Ref: PD-2026-0409
""", notes="Deadline reminder; DSGVO is in the quoted subject only, so no regime.")

M("en-followup-uk-sar-token-only", **F, lang="en", types=[], regimes=[], follow_up_of="en-request-uk-sar-manchester",
  style="gmail", frm=("Rhys Pemberton", "rhys.pemberton@example.co.uk"),
  date="2026-12-11 09:02 +0000",
  subj="PD-2026-0431 - overdue",
  body="""
Hello,

Ref PD-2026-0431. You said I'd hear from you by 10 December. I haven't. Please send the information this week.

Rhys Pemberton
""", notes="New message (no In-Reply-To) that joins only by the reference token.")

M("fr-followup-lyon-relance", **F, lang="fr", types=[], regimes=[], follow_up_of="fr-request-lyon-effacement",
  style="gmail", frm=("Camille Rousseau", "camille.rousseau@example.fr"), irt="fr-outgoing-accuse-lyon",
  date="2026-12-07 10:40 +0100",
  subj="Re: Demande d'effacement de mes données [PD-2026-0414]",
  body="""
Bonjour,

Je me permets de vous relancer : je n'ai toujours pas reçu de confirmation de la suppression.

Cordialement,
Camille Rousseau

Le mer. 4 nov. 2026 à 19:30, 3DPros Privacy Team <3dprosteam@gmail.com> a écrit :
> Bonjour,
>
> Nous avons bien reçu votre demande d'effacement.
>
> Réf. : PD-2026-0414
""", notes="Reminder.")

M("en-followup-lawyer-sends-poa", **F, lang="en", types=[], regimes=[], follow_up_of="en-request-lawyer-no-proof-ca",
  style="gmail", frm=("Daniel Osei", "dosei@osei-legal.example"), irt="en-outgoing-agent-proof-needed",
  agent=("Daniel Osei", "dosei@osei-legal.example"), agent_for=("Rebecca Thornton", "rthornton@example.net"),
  date="2026-12-02 11:15 -0800",
  attach=[("Thornton_authorization.pdf", "application/pdf", fake_pdf("Authorization", ["I, Rebecca Thornton, authorize Daniel Osei,", "Attorney at Law, to act for me regarding my", "personal information held by 3DPros LLC."]))],
  subj="Re: Client request - Rebecca Thornton [PD-2026-0478]",
  body="""
Please find Ms. Thornton's signed authorization attached.

Daniel Osei
Attorney at Law

On Mon, Nov 30, 2026 at 7:45 AM 3DPros Privacy Team <3dprosteam@gmail.com> wrote:
> Dear Mr. Osei,
>
> Before we can act on a request made on Ms. Thornton's behalf, we need
> written proof that she has authorized you to make it.
>
> Ref: PD-2026-0478
""", notes="Agent supplies proof of authority.")

M("en-followup-ny-add-do-not-sell", **F, lang="en", types=[], regimes=[], follow_up_of="en-request-ny-remove-me",
  style="gmail", frm=("Priya Raman", "priya.raman@example.com"), irt="ack:en-request-ny-remove-me",
  date="2026-11-12 08:10 -0500",
  subj="Re: remove me [PD-2026-0427]",
  body="""
Thanks. One more thing - until it's all deleted, please don't sell or pass my info to anyone either.

Priya

On Tue, Nov 10, 2026 at 10:02 AM 3DPros Privacy Team <3dprosteam@gmail.com> wrote:
> Hi Priya, we've received your request and will let you know when your
> data has been deleted and you're off our mailing list.
>
> Ref: PD-2026-0427
""", notes="Follow-up that adds a new type (opt_out_sale); still a follow-up, must join the thread.")

M("en-followup-teen-did-u", **F, lang="en", types=[], regimes=[], follow_up_of="en-request-teen-take-down",
  style="iphone", frm=("Lily V", "lilyvprints@example.net"), irt="ack:en-request-teen-take-down", ios="21G93",
  date="2026-11-24 16:40 -0800",
  subj="Re: pls take my stuff off the gallery [PD-2026-0452]",
  body="""
did u take it down yet?? its still showing up when i search my username

Sent from my iPhone

> On Nov 17, 2026, at 9:12 AM, 3DPros Privacy Team <3dprosteam@gmail.com> wrote:
>
> Hi Lily, thanks for letting us know. We'll remove those posts.
> Ref: PD-2026-0452
""", notes="Teen reminder.")

M("en-followup-webform-ca-confirm", **F, lang="en", types=[], regimes=[], follow_up_of="en-request-webform-ca-delete",
  style="iphone", frm=("Grace Liu", "grace.liu@example.com"), irt="ack:en-request-webform-ca-delete",
  date="2026-11-10 12:05 -0800",
  subj="Re: Your privacy request [PD-2026-0421]",
  body="""
Yes that was me, please go ahead.

Sent from my iPhone

> On Nov 9, 2026, at 8:30 AM, 3DPros Privacy Team <3dprosteam@gmail.com> wrote:
>
> Hi Grace, we received a deletion request through our website form for this
> email address. Please reply to confirm it was you.
> Ref: PD-2026-0421
""", notes="Confirmation of a form request.")

M("en-followup-agent-scrublane-reminder", **F, lang="en", types=[], regimes=["ccpa"], follow_up_of="en-request-agent-scrublane-proof",
  style="plain", frm=("ScrubLane Privacy Requests", "requests@scrublane.example"), irt="en-request-agent-scrublane-proof",
  agent=("ScrubLane Inc.", "requests@scrublane.example"), agent_for=("Victor Huang", "victor.huang@example.com"),
  cte="7bit", cs="us-ascii", headers=["X-Mailer: ScrubLane Dispatch v4.2"],
  date="2027-01-04 03:12 +0000",
  subj="REMINDER: Consumer Request to Delete and Opt-Out (Ref. VH-88213)",
  body="""
To: 3DPros LLC Privacy Team

This is an automated reminder. On November 30, 2026 ScrubLane Inc., as authorized agent for Victor Huang, submitted a request to delete and to opt out of sale/sharing under the CCPA (Ref. VH-88213). We have not received confirmation of completion.

Please confirm to requests@scrublane.example quoting VH-88213.

ScrubLane Inc. | Consumer Privacy Agent
""", notes="Agent reminder; In-Reply-To the original agent mail. Labelled follow_up (human process) although sent by a template system.")

M("en-followup-fl-still-getting", **F, lang="en", types=[], regimes=[], follow_up_of="en-request-fl-angry-long",
  style="outlook", frm=("Gary Wendt", "gwendt@example.net"), irt="ack:en-request-fl-angry-long",
  date="2026-11-27 07:45 -0500",
  subj="RE: STOP. I did not sign up for this [PD-2026-0433]",
  body="""
Got another “Cyber Monday preview” email from you this morning. Two weeks after your reply. Fix it.

Gary

From: 3DPros Privacy Team <3dprosteam@gmail.com>
Sent: Thursday, November 12, 2026 9:30 AM
Subject: Re: STOP. I did not sign up for this [PD-2026-0433]

Mr. Wendt, we're sorry. You have been removed from our list and we're processing the rest of your request.
Ref: PD-2026-0433
""", notes="Angry reminder in the thread; a follow-up, not a new complaint.")

M("de-followup-zuerich-ausweis", **F, lang="de", types=[], regimes=[], follow_up_of="de-request-zuerich-dsg-auskunft-loeschung",
  style="apple", frm=("Beat Zimmermann", "beat.zimmermann@example.ch"), irt="ack:de-request-zuerich-dsg-auskunft-loeschung",
  date="2026-11-12 08:12 +0100",
  attach=[("ID_Zimmermann_geschwaerzt.jpg", "image/jpeg", fake_jpeg("zimmermann"))],
  subj="Re: Auskunft und Löschung gemäss DSG [PD-2026-0418]",
  body="""
Guten Tag

Wie gewünscht anbei eine Kopie meiner ID (Nummer geschwärzt).

Freundliche Grüsse
Beat Zimmermann

> Am 09.11.2026 um 16:05 schrieb 3DPros Privacy Team <3dprosteam@gmail.com>:
>
> Guten Tag Herr Zimmermann, bitte senden Sie uns zur Identifikation eine Kopie eines Ausweises.
> Ref: PD-2026-0418
""", notes="ID sent. DSG only in quoted subject, no regime.")

M("de-followup-wien-auch-loeschen", **F, lang="de", types=[], regimes=[], follow_up_of="de-request-wien-werbewiderspruch",
  style="outlook", acc_lang="de-AT", frm=("Mag. Thomas Pichler", "thomas.pichler@example.at"), irt="ack:de-request-wien-werbewiderspruch",
  date="2026-11-09 13:20 +0100",
  subj="AW: Widerspruch gegen Direktwerbung [PD-2026-0416]",
  body="""
Danke für die rasche Bestätigung. Ergänzend ersuche ich Sie, mein Kundenkonto samt aller Daten zu löschen.

Mit freundlichen Grüßen
Thomas Pichler

Von: 3DPros Privacy Team <3dprosteam@gmail.com>
Gesendet: Freitag, 6. November 2026 17:02
Betreff: Re: Widerspruch gegen Direktwerbung [PD-2026-0416]

Sehr geehrter Herr Pichler, Sie erhalten ab sofort keine Werbung mehr von uns.
Ref: PD-2026-0416
""", notes="Follow-up adding a new type (deletion); must join.")

M("es-followup-houston-novedad", **F, lang="es", types=[], regimes=[], follow_up_of="es-request-houston-borrar-no-vender",
  style="iphone", frm=("María Fernanda Treviño", "mf.trevino@example.com"), irt="ack:es-request-houston-borrar-no-vender",
  date="2026-12-14 20:02 -0600",
  subj="Re: Borrar mis datos [PD-2026-0449]",
  body="""
Hola, ¿alguna novedad? Todavía me llegan correos de ustedes.

Enviado desde mi iPhone

> El 20 nov 2026, a las 10:15, 3DPros Privacy Team <3dprosteam@gmail.com> escribió:
>
> Hola María Fernanda, recibimos su solicitud. Ref: PD-2026-0449
""", notes="Reminder.")

M("nl-followup-utrecht-herinnering", **F, lang="nl", types=[], regimes=[], follow_up_of="nl-request-utrecht-inzage",
  style="gmail", frm=("Sanne de Vries", "sanne.devries@example.nl"), irt="ack:nl-request-utrecht-inzage",
  date="2026-12-22 09:30 +0100",
  subj="Re: Inzageverzoek AVG [PD-2026-0455]",
  body="""
Beste,

Mag ik vragen hoe het staat met mijn inzageverzoek? De termijn van een maand is inmiddels verstreken.

Groet,
Sanne

Op ma 23 nov 2026 om 16:00 schreef 3DPros Privacy Team <3dprosteam@gmail.com>:
> Beste Sanne, we hebben uw verzoek ontvangen. Ref: PD-2026-0455
""", notes="Reminder.")

M("pl-followup-krakow-przypomnienie", **F, lang="pl", types=[], regimes=[], follow_up_of="pl-request-krakow-usuniecie",
  style="gmail", frm=("Katarzyna Wiśniewska", "k.wisniewska@example.pl"), irt="ack:pl-request-krakow-usuniecie",
  date="2026-12-28 12:10 +0100",
  subj="Re: Żądanie usunięcia danych osobowych [PD-2026-0461]",
  body="""
Dzień dobry,

uprzejmie przypominam o moim żądaniu. Proszę o potwierdzenie usunięcia danych.

Z poważaniem
Katarzyna Wiśniewska

W dniu 26.11.2026 o 09:40 3DPros Privacy Team <3dprosteam@gmail.com> pisze:
> Dzień dobry, otrzymaliśmy Pani żądanie. Ref: PD-2026-0461
""", notes="Reminder.")

M("ja-followup-tokyo-kakunin", **F, lang="ja", types=[], regimes=[], follow_up_of="ja-request-tokyo-sakujo",
  style="b64", cs="utf-8", frm=("佐藤 美咲", "misaki.sato@example.jp"), irt="ack:ja-request-tokyo-sakujo",
  date="2026-12-15 09:00 +0900",
  subj="Re: 個人情報の削除のお願い [PD-2026-0466]",
  body="""
3DPros ご担当者様

ご連絡ありがとうございます。
削除が完了しましたら、お手数ですがご一報いただけますと幸いです。

佐藤 美咲

> Ref: PD-2026-0466
""", notes="Thanks and asks to be notified.")

M("en-followup-on-other-address", **F, lang="en", types=[], regimes=[], follow_up_of="en-request-on-pipeda-access-withdraw",
  style="gmail", frm=("Aaron Tremblay-Singh", "aaron.ts@example.ca"), irt="ack:en-request-on-pipeda-access-withdraw",
  date="2026-12-05 10:22 -0500",
  subj="Re: PIPEDA access request and consent [PD-2026-0470]",
  body="""
Hi, quick addition: my older orders (2024) were under aaron.tremblay@example.org. Please include anything tied to that address too.

Aaron

On Thu, Dec 3, 2026 at 1:10 PM 3DPros Privacy Team <3dprosteam@gmail.com> wrote:
> Hello Aaron, we've received your request. Ref: PD-2026-0470
""", notes="Clarification adding a second address; same types.")

M("it-followup-milano-sollecito", **F, lang="it", types=[], regimes=[], follow_up_of="it-request-milano-cancellazione",
  style="gmail", frm=("Giulia Bernasconi", "giulia.bernasconi@example.it"), irt="ack:it-request-milano-cancellazione",
  date="2026-12-16 14:00 +0100",
  subj="Re: Richiesta di cancellazione dati [PD-2026-0440]",
  body="""
Buongiorno,

vi sollecito una risposta alla mia richiesta del 14 novembre.

Cordiali saluti,
Giulia Bernasconi

Il giorno lun 16 nov 2026 alle ore 10:00 3DPros Privacy Team <3dprosteam@gmail.com> ha scritto:
> Gentile Giulia, abbiamo ricevuto la sua richiesta. Ref: PD-2026-0440
""", notes="Reminder.")

M("en-followup-va-appeal-documents", **F, lang="en", types=[], regimes=[], follow_up_of="en-request-va-appeal",
  style="outlook", frm=("Sheila Brandt", "sheila.brandt@example.org"), irt="ack:en-request-va-appeal",
  date="2026-12-04 15:30 -0500",
  attach=[("list_of_uploads.pdf", "application/pdf", fake_pdf("Files I uploaded", ["bookend_v2.stl - 2025-04-02", "lamp_shade.3mf - 2025-06-18", "messages via contact form 2025"]))],
  subj="RE: Appeal of your decision on my deletion request [PD-2026-0484]",
  body="""
As requested, attached is the list of the design files and messages I’m asking you to delete as part of the appeal.

Sheila Brandt

From: 3DPros Privacy Team <3dprosteam@gmail.com>
Sent: Monday, November 30, 2026 10:00 AM
Subject: Re: Appeal of your decision on my deletion request [PD-2026-0484]

Ms. Brandt, we received your appeal. Could you list which files you mean? Ref: PD-2026-0484
""", notes="Supplies details for the appeal.")

M("de-followup-linz-nachfrist", **F, lang="de", types=[], regimes=[], follow_up_of="de-request-linz-beschwerde-loeschung",
  style="outlook", acc_lang="de-AT", frm=("Herbert Aigner", "herbert.aigner@example.at"), irt="ack:de-request-linz-beschwerde-loeschung",
  date="2026-12-09 08:15 +0100",
  subj="AW: Keine Reaktion – Beschwerde [PD-2026-0458]",
  body="""
Ich nehme Ihre Entschuldigung zur Kenntnis. Bitte bestätigen Sie mir schriftlich, sobald die Löschung abgeschlossen ist.

H. Aigner

Von: 3DPros Privacy Team <3dprosteam@gmail.com>
Gesendet: Mittwoch, 25. November 2026 18:30
Betreff: Re: Keine Reaktion – Beschwerde [PD-2026-0458]

Sehr geehrter Herr Aigner, wir entschuldigen uns. Ref: PD-2026-0458
""", notes="Asks for written confirmation.")
