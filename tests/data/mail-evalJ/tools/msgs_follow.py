"""Follow-ups to requests and our own outgoing replies (hand-written)."""
from kit import Mail as M, F, O, dedent as d, pdf, jpeg

SIG = "\n3DPros Privacy Team\n3DPros LLC, 2307 Hayfield Square, Pflugerville, TX 78660\n"

# ---------------- outgoing ----------------
M("en-outgoing-ack-cosplay.eml", "gmail", "2027-05-04 10:15 -0500",
  "3DPros Team <3dprosteam@gmail.com>", "[PD-2027-0103] Re: Hi from a long-time customer (sorry this is long)", d("""
Hi Kaylee,

Thank you for your message, and for the kind words about the armor pieces. We have received your request to delete your account and personal information and logged it under reference PD-2027-0103.

We will confirm once the deletion is complete. Invoices we must keep for tax purposes will be retained only for the legally required period.

Ref: PD-2027-0103
""") + SIG, to="Kaylee Broussard <kaylee.broussard@example.com>", irt="en-request-cosplay-rambling-deletion.eml",
  lab=O("en-request-cosplay-rambling-deletion.eml", "Acknowledgement."))

M("en-outgoing-verify-dental-lab.eml", "gmail", "2027-05-05 09:02 -0500",
  "3DPros Team <3dprosteam@gmail.com>", "[PD-2027-0104] Verification needed: Personal data held on my account", d("""
Hello Renee,

We have received your request for a copy of your personal data in a portable format (reference PD-2027-0104).

To protect your information, please reply with a photo of a government-issued ID showing your name (you may black out everything except your name and photo).

Ref: PD-2027-0104
""") + SIG, to="Renee Vasquez-Holm <rvholm@peakdentalarts.example>", irt="en-request-dental-lab-access-portability.eml",
  lab=O("en-request-dental-lab-access-portability.eml", "Verification request."))

M("en-outgoing-ack-uk-sar.eml", "gmail", "2027-05-12 08:40 -0500",
  "3DPros Team <3dprosteam@gmail.com>", "[PD-2027-0109] Re: Subject Access Request - Gareth Pemberton", d("""
Dear Mr Pemberton,

Thank you for your subject access request, which we received on 11 May 2027 and have logged under reference PD-2027-0109. We will respond within one month of receipt.

Ref: PD-2027-0109
""") + SIG, to="Gareth Pemberton <gareth.pemberton@pembertonarchitects.example>", irt="en-request-uk-sar-formal.eml",
  lab=O("en-request-uk-sar-formal.eml", "Acknowledgement."))

M("en-outgoing-confirm-terse-delete.eml", "gmail", "2027-05-13 11:20 -0500",
  "3DPros Team <3dprosteam@gmail.com>", "[PD-2027-0112] Re: account", d("""
Hi Bo,

We received your request to delete your account and personal information (reference PD-2027-0112). Your account has been closed and your data will be erased within 15 days, apart from invoices we are required to keep.

Ref: PD-2027-0112
""") + SIG, to="Bo Whitfield <bwhitfield77@example.net>", irt="en-request-terse-delete.eml",
  lab=O("en-request-terse-delete.eml", "Confirmation; this message bounces (see en-auto-dsn-returns-our-reply)."))

M("en-outgoing-needs-authority-strand.eml", "gmail", "2027-05-24 09:30 -0500",
  "3DPros Team <3dprosteam@gmail.com>", "[PD-2027-0117] Re: Our client: Ms Imogen Hale - Subject Access Request", d("""
Dear Mr Strand,

We acknowledge receipt of your letter of 21 May 2027 (your ref OS/HAL/0419), logged under our reference PD-2027-0117.

Before we can respond on Ms Hale's behalf we need the signed form of authority you mention. The one-month period will run from the date we receive it.

Ref: PD-2027-0117
""") + SIG, to="Oliver Strand <o.strand@strandandpage.example>", irt="en-request-lawyer-uk-no-authority.eml",
  lab=O("en-request-lawyer-uk-no-authority.eml", "Asks the solicitor for proof of authority."))

M("de-outgoing-eingangsbestaetigung.eml", "gmail", "2027-05-05 08:10 -0500",
  "3DPros Team <3dprosteam@gmail.com>", "[PD-2027-0101] Ihr Auskunftsersuchen nach Art. 15 DSGVO", d("""
Sehr geehrte Frau Dr. Sommerfeld,

vielen Dank für Ihr Auskunftsersuchen vom 4. Mai 2027, das wir unter dem Aktenzeichen PD-2027-0101 erfasst haben.

Um sicherzugehen, dass wir die Auskunft der richtigen Person erteilen, bitten wir Sie um eine Kopie eines Ausweisdokuments (alle Angaben außer Name und Foto dürfen geschwärzt werden).

Ref: PD-2027-0101
""") + SIG, to="Dr. Henrike Sommerfeld <h.sommerfeld@example.de>", irt="de-request-dsgvo-auskunft-formal.eml",
  lab=O("de-request-dsgvo-auskunft-formal.eml", "German acknowledgement and ID request."))

M("pt-outgoing-br-confirmacao.eml", "gmail", "2027-05-24 10:00 -0500",
  "3DPros Team <3dprosteam@gmail.com>", "[PD-2027-0121] Re: Exclusão dos meus dados - LGPD", d("""
Olá, Rafael,

Recebemos o seu pedido de exclusão de dados e revogação do consentimento (referência PD-2027-0121). Já deixamos de enviar comunicações e concluiremos a exclusão em até 15 dias.

Ref: PD-2027-0121
""") + SIG, to="Rafael Nogueira <rafael.nogueira@example.com.br>", irt="pt-request-br-lgpd-exclusao-consentimento.eml",
  lab=O("pt-request-br-lgpd-exclusao-consentimento.eml", "Portuguese confirmation."))

# ---------------- follow-ups ----------------
M("en-followup-cosplay-any-update.eml", "gmail", "2027-05-24 19:02 -0500",
  "Kaylee Broussard <kaylee.broussard@example.com>", "Re: [PD-2027-0103] Re: Hi from a long-time customer (sorry this is long)", d("""
Hi again! Just checking in, is my account deleted yet? I tried logging in and it still worked, which made me a little nervous. No rush, just want to be sure :)

Kaylee

On Tue, May 4, 2027 at 10:15 AM 3DPros Team <3dprosteam@gmail.com> wrote:
> Hi Kaylee,
>
> Thank you for your message, and for the kind words about the armor pieces. We have received your request to delete your account and personal information and logged it under reference PD-2027-0103.
>
> Ref: PD-2027-0103
"""), irt="en-outgoing-ack-cosplay.eml", refs=["en-request-cosplay-rambling-deletion.eml", "en-outgoing-ack-cosplay.eml"],
  lab=F("en-request-cosplay-rambling-deletion.eml", "Any update? reply to our acknowledgement."))

M("en-followup-dental-id-attached.eml", "outlook", "2027-05-06 07:55 -0600",
  "Renee Vasquez-Holm <rvholm@peakdentalarts.example>", "RE: [PD-2027-0104] Verification needed: Personal data held on my account", d("""
Hello,

Attached is a photo of my driver's license with everything but the name and photo covered.

Thanks,
Renee

From: 3DPros Team <3dprosteam@gmail.com>
Sent: Wednesday, May 5, 2027 9:02 AM
To: Renee Vasquez-Holm <rvholm@peakdentalarts.example>
Subject: [PD-2027-0104] Verification needed: Personal data held on my account

Hello Renee,

We have received your request for a copy of your personal data in a portable format (reference PD-2027-0104).
"""), irt="en-outgoing-verify-dental-lab.eml", refs=["en-request-dental-lab-access-portability.eml", "en-outgoing-verify-dental-lab.eml"],
  atts=[("IMG_4471_redacted.jpg", "image/jpeg", jpeg("renee-id"))],
  lab=F("en-request-dental-lab-access-portability.eml", "ID sent (JPEG)."))

M("en-followup-uk-sar-overdue.eml", "outlook", "2027-06-14 10:20 +0100",
  "Gareth Pemberton <gareth.pemberton@pembertonarchitects.example>", "RE: [PD-2027-0109] Re: Subject Access Request - Gareth Pemberton", d("""
Dear 3DPros,

The one-month period for my subject access request expired on 11 June. I have not yet received the data. Please provide it without further delay or let me know when I can expect it.

Regards,
Gareth Pemberton

From: 3DPros Team <3dprosteam@gmail.com>
Sent: 12 May 2027 14:40
Subject: [PD-2027-0109] Re: Subject Access Request - Gareth Pemberton

Dear Mr Pemberton,

Thank you for your subject access request, which we received on 11 May 2027 and have logged under reference PD-2027-0109.
"""), irt="en-outgoing-ack-uk-sar.eml", refs=["en-request-uk-sar-formal.eml", "en-outgoing-ack-uk-sar.eml"],
  lab=F("en-request-uk-sar-formal.eml", "Reminder after the deadline; not a complaint.", ["uk_gdpr"]))

M("en-followup-strand-authority-enclosed.eml", "plain", "2027-05-26 12:05 +0100",
  "Oliver Strand <o.strand@strandandpage.example>", "RE: [PD-2027-0117] Our client: Ms Imogen Hale - Subject Access Request", d("""
Dear Sirs

Further to your email of 24 May, we enclose our client's signed form of authority.

Yours faithfully

Strand & Page Solicitors

-----Original Message-----
From: 3DPros Team <3dprosteam@gmail.com>
Sent: 24 May 2027 15:30
Subject: [PD-2027-0117] Re: Our client: Ms Imogen Hale - Subject Access Request

Before we can respond on Ms Hale's behalf we need the signed form of authority you mention.
"""), irt="en-outgoing-needs-authority-strand.eml", refs=["en-request-lawyer-uk-no-authority.eml", "en-outgoing-needs-authority-strand.eml"],
  atts=[("Form_of_Authority_Hale.pdf", "application/pdf", pdf("Form of Authority - Imogen Hale"))],
  lab=F("en-request-lawyer-uk-no-authority.eml", "Agent sends proof of authority (PDF)."))

M("en-followup-what-you-keep-now-delete.eml", "gmail", "2027-06-16 09:30 -0500",
  "Maribel Acosta <maribel.acosta@example.com>", "Re: Quick question about my file", d("""
Thanks for sending that over so fast! Honestly seeing it all in one place was a little weird, so now that I've looked at it, can you just delete all of it?

Maribel

On Tue, Jun 8, 2027 at 6:10 PM Maribel Acosta <maribel.acosta@example.com> wrote:
> Hi! I was just curious, what all do you guys keep on me? Like is there a file on me with my address and stuff, and what's in it? Could you send it over?
"""), irt="en-request-no-legal-words-what-you-keep.eml",
  lab=F("en-request-no-legal-words-what-you-keep.eml", "Follow-up that adds a new type (deletion); should still join the thread."))

M("en-followup-privacyhound-reminder.eml", "plain", "2027-06-24 02:00 +0000",
  "PrivacyHound <noreply-requests@privacyhound.example>", "Reminder: Personal Data Deletion Request (Colorado Privacy Act)", d("""
Hello,

On May 23, 2027 we sent you a deletion request on behalf of our member Dmitri Alvarado (dmitri.alvarado@example.net). We have not received a response. Please confirm the status of this request.

PrivacyHound Member Services
This is an automated message. Replies are monitored.
"""), irt="en-request-agent-privacyhound-no-proof.eml",
  lab=F("en-request-agent-privacyhound-no-proof.eml", "Agent reminder.", ["co_cpa"]))

M("en-followup-relaya-reminder.eml", "gmail", "2027-06-21 16:00 -0400",
  "Ingrid Solberg via Relaya <ingrid.solberg@relay.relaya.example>", "Re: Ingrid Solberg: access and deletion of my data", d("""
Hi, following up on my request from May 24. I haven't received my data yet. Could you give me a status update?

Ingrid

--
Sent with Relaya: your privacy requests, in one place.
"""), irt="en-request-relay-service-replyto.eml", reply_to="Ingrid Solberg <ingrid.solberg@example.com>",
  lab=F("en-request-relay-service-replyto.eml", "Relay reminder."))

M("en-followup-token-only-ps-oregon.eml", "gmail", "2027-06-02 12:40 -0700",
  "Rowan Castellanos <rowan.castellanos@example.com>", "[PD-2027-0114] did that go through?", d("""
Hey, just wanted to double check my opt-out from the P.S. in my terrain email got logged. Got your reference number but nothing else.

Rowan
"""), lab=F("en-request-ps-under-filament-question.eml", "New message (no In-Reply-To) carrying only the token in the subject."))

M("en-followup-parent-birth-certificate.eml", "gmail", "2027-05-12 20:15 -0700",
  "Deborah Lindqvist <deb.lindqvist@example.org>", "Re: Removal of my son's posts and account", d("""
Hello again,

As promised, attached is a scan of Elias's birth certificate showing me as his mother. Please let me know when the posts are gone.

Deborah
"""), irt="en-request-parent-minor-removal.eml", atts=[("birth_certificate_EL.pdf", "application/pdf", pdf("Certificate of Live Birth - redacted"))],
  lab=F("en-request-parent-minor-removal.eml", "Parent sends proof of parenthood."))

M("en-followup-ccpa-verification-answer.eml", "outlook", "2027-06-22 08:30 -0700",
  "Evelyn Chu <evelyn.chu@example.com>", "RE: [PD-2027-0138] Verifying your CCPA request", d("""
Hi,

Answers to your questions: my last order was a set of 6 planters in white PLA (around March 2026), delivered to San Jose 95125, and the card ended in 0042.

Evelyn
"""), irt="<CAF8+k3mQw7vXn0Pz2-hT9bLr4YcE1aW5sJg6uD0e=Q@mail.gmail.com>",
  refs=["en-request-ccpa-three-in-one.eml", "<CAF8+k3mQw7vXn0Pz2-hT9bLr4YcE1aW5sJg6uD0e=Q@mail.gmail.com>"],
  lab=F("en-request-ccpa-three-in-one.eml", "Answers our verification questions; our message is not in the set."))

M("en-followup-complaint-wrong-recipient-ok.eml", "thunderbird", "2027-06-10 18:30 +0100",
  "Emrys Llewellyn <emrys.llewellyn@example.co.uk>", "Re: Your shipping email went to someone else with my address in it", d("""
Thanks for the phone call this afternoon and for explaining the mix-up with the other Llewellyn account. I'll wait for the written summary you promised.

Emrys
"""), irt="en-request-complaint-wrong-recipient.eml",
  lab=F("en-request-complaint-wrong-recipient.eml", "Acknowledges our call; no new ask."))

M("en-followup-appeal-colorado-status.eml", "gmail", "2027-07-06 10:10 -0600",
  "Sierra Blackhorse <sierra.blackhorse@example.net>", "Re: your response to my data request", d("""
Any decision on my appeal yet? It's been over a month.

Sierra

On Wed, Jun 2, 2027 at 9:50 AM Sierra Blackhorse <sierra.blackhorse@example.net> wrote:
> I'd like to formally appeal that refusal under the Colorado Privacy Act. I'm in Durango.
"""), irt="en-request-appeal-colorado.eml",
  lab=F("en-request-appeal-colorado.eml", "Status chase on an appeal.", ["co_cpa"]))

M("de-followup-ausweis-geschwaerzt.eml", "plain", "2027-05-06 13:40 +0200",
  "Dr. Henrike Sommerfeld <h.sommerfeld@example.de>", "AW: [PD-2027-0101] Ihr Auskunftsersuchen nach Art. 15 DSGVO", d("""
Sehr geehrte Damen und Herren,

anbei wie gewünscht eine geschwärzte Kopie meines Personalausweises.

Mit freundlichen Grüßen
Henrike Sommerfeld

-----Ursprüngliche Nachricht-----
Von: 3DPros Team <3dprosteam@gmail.com>
Gesendet: Mittwoch, 5. Mai 2027 15:10
Betreff: [PD-2027-0101] Ihr Auskunftsersuchen nach Art. 15 DSGVO
"""), irt="de-outgoing-eingangsbestaetigung.eml", refs=["de-request-dsgvo-auskunft-formal.eml", "de-outgoing-eingangsbestaetigung.eml"],
  mailer="X-Mailer: GMX.net Web Mail", atts=[("Personalausweis_geschwaerzt.jpg", "image/jpeg", jpeg("sommerfeld-id"))],
  lab=F("de-request-dsgvo-auskunft-formal.eml", "ID sent."))

M("de-followup-anwalt-fristablauf.eml", "outlook", "2027-06-29 09:00 +0200",
  "RAin Katharina Lindemann <k.lindemann@lindemann-recht.example>", "AW: Unser Mandant Herr Florian Brückner - Auskunft und Löschung gem. Art. 15, 17 DSGVO", d("""
Sehr geehrte Damen und Herren,

die von uns gesetzte Frist zum 27.06.2027 ist fruchtlos verstrichen. Wir bitten um umgehende Beantwortung unseres Schreibens vom 27.05.2027.

Mit freundlichen Grüßen
Katharina Lindemann
Rechtsanwältin
"""), irt="de-request-anwalt-auskunft-loeschung-vollmacht.eml",
  lab=F("de-request-anwalt-auskunft-loeschung-vollmacht.eml", "Lawyer's reminder after the deadline."))

M("fr-followup-relance-suppression.eml", "iphone", "2027-06-02 22:40 +0200",
  "Maëlle Guerin <maelle.guerin.cos@example.fr>", "Re: Suppression de mon compte", d("""
Bonsoir, je n'ai pas eu de réponse à ma demande de suppression du 13 mai. Pouvez-vous me dire où ça en est ? Merci

Envoyé de mon iPhone

> Le 13 mai 2027 à 23:10, Maëlle Guerin <maelle.guerin.cos@example.fr> a écrit :
>
> Je voudrais que vous supprimiez mon compte et toutes mes données
"""), irt="fr-request-effacement-cosplay-iphone.eml",
  lab=F("fr-request-effacement-cosplay-iphone.eml", "Reminder."))

M("es-followup-recibido-duda.eml", "gmail", "2027-06-25 12:30 +0200",
  "Álvaro Pizarro <alvaro.pizarro@estudiopizarro.example>", "Re: Portabilidad de mis datos", d("""
Hola de nuevo,

He recibido el archivo, gracias. Una pregunta: ¿el historial incluye también los pedidos que hice a nombre del estudio o solo los personales?

Un saludo,
Álvaro
"""), irt="es-request-portabilidad-madrid.eml",
  lab=F("es-request-portabilidad-madrid.eml", "Question about the delivered export."))

M("it-followup-sollecito.eml", "gmail", "2027-06-20 10:00 +0200",
  "Gianluca Ferraresi <gianluca.ferraresi@example.it>", "Re: Un saluto e una richiesta", d("""
Buongiorno,

volevo sapere se avete potuto cancellare il mio account: ricevo ancora la newsletter.

Grazie,
Gianluca
"""), irt="it-request-cancellazione-newsletter-rambling.eml",
  lab=F("it-request-cancellazione-newsletter-rambling.eml", "Reminder noting newsletter still arrives; not framed as a complaint."))

M("pt-followup-br-quando.eml", "gmail", "2027-05-25 08:45 -0300",
  "Rafael Nogueira <rafael.nogueira@example.com.br>", "Re: [PD-2027-0121] Re: Exclusão dos meus dados - LGPD", d("""
Valeu pela resposta rápida! Vocês me avisam por e-mail quando a exclusão estiver concluída?

Rafael
"""), irt="pt-outgoing-br-confirmacao.eml", refs=["pt-request-br-lgpd-exclusao-consentimento.eml", "pt-outgoing-br-confirmacao.eml"],
  lab=F("pt-request-br-lgpd-exclusao-consentimento.eml", "Thanks + asks to be told when done."))

M("nl-followup-nog-geen-reactie.eml", "outlook", "2027-06-25 11:15 +0200",
  "Maarten van der Linde <m.vanderlinde@example.nl>", "RE: Inzageverzoek AVG", d("""
Geachte heer, mevrouw,

Op 22 mei heb ik een inzageverzoek ingediend. De termijn van een maand is verstreken en ik heb nog niets ontvangen. Graag alsnog een reactie.

Met vriendelijke groet,
Maarten van der Linde
"""), irt="nl-request-avg-inzage-utrecht.eml",
  lab=F("nl-request-avg-inzage-utrecht.eml", "Reminder after the deadline."))

M("ja-followup-honnin-kakunin.eml", "plain", "2027-06-22 09:10 +0900",
  "山田 花子 <hanako.yamada@example.jp>", "Re: 保有個人データの開示請求", d("""
ご担当者様

本人確認のため、運転免許証の写し（番号部分は黒塗り）を添付いたします。ご確認のほどよろしくお願いいたします。

山田 花子
"""), irt="ja-request-kaiji-seikyu.eml", cte="base64", hq="b",
  atts=[("menkyo.jpg", "image/jpeg", jpeg("yamada-id"))],
  lab=F("ja-request-kaiji-seikyu.eml", "ID sent, Japanese."))

M("pl-followup-ponaglenie.eml", "gmail", "2027-06-28 17:20 +0200",
  "Agnieszka Wróblewska <agnieszka.wroblewska@example.pl>", "Re: Żądanie usunięcia danych (art. 17 RODO)", d("""
Dzień dobry,

minął ponad miesiąc od mojego żądania z 26 maja. Proszę o informację, czy moje dane zostały usunięte.

Z poważaniem,
Agnieszka Wróblewska
"""), irt="pl-request-rodo-usuniecie.eml",
  lab=F("pl-request-rodo-usuniecie.eml", "Reminder."))
