"""Our outgoing replies (with a [PD-2026-NNNN] token), follow-ups from requesters and agents, and
automated mail that answers our replies (hand-written)."""

from __future__ import annotations

from kit import (
    COMPANY,
    Att,
    Mail,
    add,
    addr,
    auto,
    fake_jpeg,
    fake_pdf,
    fu,
    get,
    mid,
    neg,
    outgoing,
    quote,
    refs,
    subj,
)

US = addr("3DPros Team", COMPANY)
SIG = """\
Dana Whitfield
3DPros LLC - Privacy
2307 Hayfield Square, Pflugerville, TX 78660"""

# ----------------------------------------------------------------------------- outgoing replies

add(Mail(
    "en-outgoing-verify-what-data.eml",
    frm=US, to=addr("Tyler Brandt", "tbrandt88@example.com"),
    subject="Re: Question [PD-2026-0311]",
    date="2026-09-04 10:05 -0500",
    client="gmail", incoming=False,
    in_reply_to=mid("en-request-what-data-iphone.eml"),
    text=f"""\
Hi Tyler,

Thanks for reaching out. We've logged your request to see the personal information we hold about you.

Before we send anything, we need to make sure we're sending it to the right person. Could you reply with the order number from your June order (it starts with 3DP-) and the ZIP code it shipped to?

We'll respond within the time the law allows, and usually much sooner.

Ref: PD-2026-0311

{SIG}

{quote("en-request-what-data-iphone.eml")}""",
    label=outgoing("en-request-what-data-iphone.eml",
                   "Our reply asking for verification; must be recorded as outgoing in that request's thread, never as a request."),
))

add(Mail(
    "de-outgoing-auskunft-identitaet.eml",
    frm=US, to=addr("Jonas Wittkamp", "jonas.wittkamp@example.net"),
    subject=subj("AW: Anfrage nach Art. 15 DSGVO (Auskunft) [PD-2026-0318]"),
    date="2026-09-10 09:12 -0500",
    client="gmail", incoming=False,
    in_reply_to=mid("de-request-auskunft-art15-generator.eml"),
    text=f"""\
Hallo Herr Wittkamp,

vielen Dank für Ihre Anfrage, die wir am 8. September erhalten haben.

Zu der angegebenen Bestellnummer 3DP-1733 finden wir eine Bestellung, allerdings unter einer anderen E-Mail-Adresse. Damit wir die Auskunft nicht an die falsche Person schicken, antworten Sie bitte von der Adresse, mit der Sie bestellt haben, oder nennen Sie uns die Lieferanschrift der Bestellung.

Ref: PD-2026-0318

Viele Grüße
{SIG}

{quote("de-request-auskunft-art15-generator.eml", lang="de")}""",
    label=outgoing("de-request-auskunft-art15-generator.eml", "Our German reply asking for identification."),
))

add(Mail(
    "en-outgoing-agent-proof-vanishly.eml",
    frm=US, to=addr("Vanishly Case 88-41920", "case-8841920@reply.vanishly.example"),
    subject="Re: Authorized Agent Request: Delete and Do Not Sell/Share - Case 88-41920 [PD-2026-0324]",
    date="2026-10-14 11:30 -0500",
    client="gmail", incoming=False,
    in_reply_to=mid("en-request-agent-deleteme-style.eml"),
    text=f"""\
Hello,

We received your request on behalf of Angela Marie Ruiz. We have already stopped any sharing of her information (note: 3DPros does not sell personal information).

For the deletion request we need the consumer to confirm directly with us that she authorized you, as our privacy notice and the CCPA regulations allow. We have written to her at the email address in your request. Once she confirms we will complete the deletion.

Ref: PD-2026-0324

{SIG}""",
    label=outgoing("en-request-agent-deleteme-style.eml", "Our reply to the agent's case address."),
))

add(Mail(
    "fr-outgoing-quebec-accuse-reception.eml",
    frm=US, to=addr("Geneviève Lapointe", "genevieve.lapointe@example.ca"),
    subject=subj("RE: Demande d'accès et de rectification – Loi 25 [PD-2026-0329]"),
    date="2026-09-14 08:40 -0500",
    client="gmail", incoming=False,
    in_reply_to=mid("fr-request-quebec-loi25-acces.eml"),
    text=f"""\
Bonjour Madame Lapointe,

Nous accusons réception de votre demande d'accès et de rectification reçue le 11 septembre. Nous avons corrigé votre adresse dans notre système. Nous vous ferons parvenir les renseignements personnels vous concernant dans un délai de 30 jours.

Pourriez-vous nous confirmer le numéro d'une de vos commandes afin que nous puissions vérifier votre identité ?

Ref: PD-2026-0329

Cordialement,
{SIG}""",
    label=outgoing("fr-request-quebec-loi25-acces.eml", "Our French acknowledgement."),
))

add(Mail(
    "en-outgoing-tdpsa-ack.eml",
    frm=US, to=addr("Ramón Delgado", "ramon.delgado.atx@example.com"),
    subject="Re: TDPSA request: access + deletion [PD-2026-0333]",
    date="2026-10-28 14:02 -0500",
    client="gmail", incoming=False,
    in_reply_to=mid("en-request-texas-tdpsa.eml"),
    text=f"""\
Hi Ramón,

Thanks, neighbor! We've received your request under the Texas Data Privacy and Security Act. We'll first send you a copy of your data and then delete it, as you asked. We matched your email to two orders from 2025, so no further verification is needed.

You'll hear from us within 45 days at the latest.

Ref: PD-2026-0333

{SIG}

{quote("en-request-texas-tdpsa.eml")}""",
    label=outgoing("en-request-texas-tdpsa.eml", "Our acknowledgement to the Texas request."),
))

add(Mail(
    "es-outgoing-acceso-acuse.eml",
    frm=US, to=addr("Lucía Fernández Soto", "lucia.fsoto@example.es"),
    subject="Re: Ejercicio del derecho de acceso [PD-2026-0340]",
    date="2026-09-07 10:15 -0500",
    client="gmail", incoming=False,
    in_reply_to=mid("es-request-acceso-rgpd-espana.eml"),
    text=f"""\
Estimada Sra. Fernández:

Hemos recibido su solicitud de acceso del 5 de septiembre. Le enviaremos una copia de sus datos y la información solicitada dentro del plazo de un mes.

Ref: PD-2026-0340

Un saludo,
{SIG}""",
    label=outgoing("es-request-acceso-rgpd-espana.eml", "Our Spanish acknowledgement."),
))

add(Mail(
    "en-outgoing-delete-confirm-dale.eml",
    frm=US, to=addr("Dale Whitcomb", "dwhitcomb_tx@example.net"),
    subject="Re: delete me [PD-2026-0347]",
    date="2026-09-08 09:30 -0500",
    client="gmail", incoming=False,
    in_reply_to=mid("en-request-delete-everything-angry.eml"),
    text=f"""\
Hi Dale,

Sorry about that. You're off the Maker Monday list as of this morning, and we've started deleting your account. We have to keep the invoice for your order for tax purposes, but nothing else. We'll confirm once the deletion is complete.

Ref: PD-2026-0347

{SIG}

{quote("en-request-delete-everything-angry.eml")}""",
    label=outgoing("en-request-delete-everything-angry.eml", "Our reply confirming the opt-out and the start of deletion."),
))

add(Mail(
    "en-outgoing-reply-pat-gallo.eml",
    frm=US, to=addr("Patricia Gallo", "patgallo1956@example.net"),
    subject="Re: who are you [PD-2026-0352]",
    date="2026-11-07 10:44 -0600",
    client="gmail", incoming=False,
    in_reply_to=mid("en-request-confused-how-got-email.eml"),
    text=f"""\
Dear Ms. Gallo,

We're sorry for the confusion. Your address was signed up to our newsletter at a craft fair in Round Rock in April 2025 (paper sign-up sheet). We have removed it from our mailing list and will delete it from our records. We'll confirm in writing once that's done.

Ref: PD-2026-0352

{SIG}""",
    label=outgoing("en-request-confused-how-got-email.eml", "Our reply; it bounces (see the bounce file)."),
))

# ----------------------------------------------------------------------------- follow-ups to our replies

add(Mail(
    "en-followup-verify-order-details.eml",
    frm=addr("Tyler Brandt", "tbrandt88@example.com"),
    subject="Re: Question [PD-2026-0311]",
    date="2026-09-05 08:12 -0500",
    client="apple",
    domain="example.com",
    in_reply_to=mid("en-outgoing-verify-what-data.eml"),
    references=refs("en-request-what-data-iphone.eml", "en-outgoing-verify-what-data.eml"),
    text=f"""\
Order was 3DP-1694, shipped to 78641

Sent from my iPhone

{quote("en-outgoing-verify-what-data.eml", style="apple")}""",
    text_only=True,
    label=fu("en-request-what-data-iphone.eml", "Verification answer, replying to our reply."),
))

add(Mail(
    "de-followup-ausweis-nachgereicht.eml",
    frm=addr("Jonas Wittkamp", "jonas.wittkamp@example.net"),
    subject=subj("Re: AW: Anfrage nach Art. 15 DSGVO (Auskunft) [PD-2026-0318]", "iso-8859-1"),
    date="2026-09-12 10:48 +0200",
    client="thunderbird",
    domain="example.net",
    charset="iso-8859-1",
    cte="quoted-printable",
    content_language="de-DE",
    in_reply_to=mid("de-outgoing-auskunft-identitaet.eml"),
    references=refs("de-request-auskunft-art15-generator.eml", "de-outgoing-auskunft-identitaet.eml"),
    text="""\
Hallo Frau Whitfield,

stimmt, die Bestellung lief über meine alte Adresse jonas.w@example.org, die ich nicht mehr benutze. Lieferanschrift war Lindenstraße 8, 48143 Münster. Zur Sicherheit hänge ich ein Foto der Lieferbestätigung an.

Grüße
Jonas Wittkamp""",
    attachments=[Att("Lieferbestaetigung.jpg", "image/jpeg", fake_jpeg("jonas"))],
    label=fu("de-request-auskunft-art15-generator.eml", "German verification reply with an image attachment."),
))

add(Mail(
    "en-followup-agent-authorization-sent.eml",
    frm=addr("Vanishly Privacy Team", "requests@mail.vanishly.example"),
    reply_to=addr("Vanishly Case 88-41920", "case-8841920@reply.vanishly.example"),
    subject="Re: Authorized Agent Request: Delete and Do Not Sell/Share - Case 88-41920 [PD-2026-0324]",
    date="2026-10-16 08:00:11 -0400",
    client="ticket",
    domain="mail.vanishly.example",
    mailer="Vanishly Casework",
    in_reply_to=mid("en-outgoing-agent-proof-vanishly.eml"),
    references=refs("en-request-agent-deleteme-style.eml", "en-outgoing-agent-proof-vanishly.eml"),
    text="""\
Hello,

Thank you for your response regarding Case 88-41920. The consumer has confirmed to us that she received your email and has replied to you directly. For your records we attach again the signed authorization and a copy of the consumer's confirmation.

Please complete the deletion and confirm within the statutory timeframe.

Regards,
Request Processing Team
Vanishly, Inc.""",
    attachments=[Att("Case_88-41920_confirmation.pdf", "application/pdf",
                     fake_pdf("Confirmation", ["Consumer confirmation of authorization",
                                               "Case 88-41920 - Angela Marie Ruiz",
                                               "Confirmed 10/15/2026"]))],
    label=fu("en-request-agent-deleteme-style.eml", "Agent's reply to our reply with proof."),
))

add(Mail(
    "fr-followup-quebec-numero-commande.eml",
    frm=addr("Geneviève Lapointe", "genevieve.lapointe@example.ca", charset="windows-1252"),
    subject=subj("RE: Demande d'accès et de rectification – Loi 25 [PD-2026-0329]", "windows-1252"),
    date="2026-09-16 19:21 -0400",
    client="outlook",
    content_language="fr-CA",
    charset="windows-1252",
    in_reply_to=mid("fr-outgoing-quebec-accuse-reception.eml"),
    references=refs("fr-request-quebec-loi25-acces.eml", "fr-outgoing-quebec-accuse-reception.eml"),
    text=f"""\
Bonjour,

Merci pour la correction. Le numéro de ma dernière commande est 3DP-1822.

Geneviève

{quote("fr-outgoing-quebec-accuse-reception.eml", style="outlook", lang="fr")}""",
    label=fu("fr-request-quebec-loi25-acces.eml", "Reply to our acknowledgement, Outlook quote header in French."),
))

add(Mail(
    "en-followup-confirm-when-done-dale.eml",
    frm=addr("Dale Whitcomb", "dwhitcomb_tx@example.net"),
    subject="Re: delete me [PD-2026-0347]",
    date="2026-09-08 18:20 -0500",
    client="yahoo",
    in_reply_to=mid("en-outgoing-delete-confirm-dale.eml"),
    references=refs("en-request-delete-everything-angry.eml", "en-outgoing-delete-confirm-dale.eml"),
    text="""\
Fine. Let me know when it's actually done.""",
    label=fu("en-request-delete-everything-angry.eml", "One-line reply to our reply."),
))

add(Mail(
    "en-followup-quotes-ref-line.eml",
    frm=addr("Ramón Delgado", "ramon.delgado.atx@example.com"),
    subject="Re: TDPSA request: access + deletion [PD-2026-0333]",
    date="2026-10-30 07:55 -0500",
    client="gmail",
    in_reply_to=mid("en-outgoing-tdpsa-ack.eml"),
    references=refs("en-request-texas-tdpsa.eml", "en-outgoing-tdpsa-ack.eml"),
    text=f"""\
Great, thanks Dana. One thing - please also include the photos I sent for the custom frame quote in the copy, if you still have them.

{quote("en-outgoing-tdpsa-ack.eml")}""",
    label=fu("en-request-texas-tdpsa.eml", "Reply to our acknowledgement; the quoted part carries our Ref: line."),
))

# ----------------------------------------------------------------------------- token only, new messages

add(Mail(
    "en-followup-token-only-any-update.eml",
    frm=addr("Ramón Delgado", "ramon.delgado.atx@example.com"),
    subject="Status of PD-2026-0333?",
    date="2026-11-16 12:40 -0600",
    client="gmail",
    text="""\
Hi, checking on my request PD-2026-0333 - haven't received the copy yet. Thanks!
Ramón""",
    label=fu("en-request-texas-tdpsa.eml", "New message (no In-Reply-To/References) with only our token, from the requester's address."),
))

add(Mail(
    "es-followup-token-nuevo-mensaje.eml",
    frm=addr("Lucía Fernández Soto", "lucia.fsoto@example.es"),
    subject="Consulta sobre mi solicitud [PD-2026-0340]",
    date="2026-10-01 09:30 +0200",
    client="outlookcom",
    content_language="es-ES",
    text="""\
Buenos días:

Les escribo en relación con mi solicitud de acceso (referencia PD-2026-0340). ¿Podrían indicarme cuándo recibiré la copia de mis datos? Me gustaría recibirla en formato PDF si es posible.

Gracias,
Lucía Fernández Soto""",
    label=fu("es-request-acceso-rgpd-espana.eml", "Fresh message carrying the token in the subject, same address, different client."),
))

add(Mail(
    "en-negative-stranger-with-token.eml",
    frm=addr("Rick Whitcomb", "rick.whitcomb77@example.org"),
    subject="Re: delete me [PD-2026-0347]",
    date="2026-11-01 15:03 -0500",
    client="gmail",
    text="""\
Hi, I'm Dale's brother. He forwarded me your email about PD-2026-0347. He's in the hospital and asked me to handle this. Can you send me a copy of everything you had on him before you delete it, and the address and phone you have on file? You can send it to this email.

Thanks
Rick""",
    label=neg("Carries PD-2026-0347 from an address that is neither the requester nor an agent on file: must NOT join that request (and must not disclose). Staff may treat it as a new, unverified contact; not a request by the data subject."),
))

# ----------------------------------------------------------------------------- follow-ups to the request itself

add(Mail(
    "en-followup-direct-reply-old-email.eml",
    frm=addr("Hannah Lindqvist", "hannah.lindqvist@example.com"),
    subject="Re: Your 3DPros order #3DP-2291 has shipped",
    date="2026-09-10 08:02 -0400",
    client="gmail",
    in_reply_to=mid("en-request-delete-in-order-thread.eml"),
    references="<order-3DP-2291-shipped.1725900211@3dpros.com>\n " + mid("en-request-delete-in-order-thread.eml"),
    text=f"""\
Forgot to say: I also had an account from 2024 under h.lindqvist@example.org, please delete that one too.

{quote("en-request-delete-in-order-thread.eml")}""",
    label=fu("en-request-delete-in-order-thread.eml", "Requester replies to her own request with a second address."),
))

add(Mail(
    "en-followup-any-news-three-weeks.eml",
    frm=addr("Priya Raman", "priya.raman@example.org"),
    subject="RE: CCPA Request to Know - Priya Raman",
    date="2026-09-28 09:40 -0700",
    client="outlook",
    in_reply_to=mid("en-request-ccpa-right-to-know.eml"),
    text=f"""\
Hello,

Following up on my request below from September 4. I have not received an acknowledgment yet. Please confirm receipt.

Priya

{quote("en-request-ccpa-right-to-know.eml", style="outlook")}""",
    label=fu("en-request-ccpa-right-to-know.eml", "Reminder replying to her own request (Outlook quote)."),
))

add(Mail(
    "nl-followup-inzage-herinnering.eml",
    frm=addr("Sanne de Vries", "sanne.devries@example.nl"),
    subject="RE: Inzageverzoek AVG",
    date="2026-10-15 11:05 +0200",
    client="outlookcom",
    content_language="nl-NL",
    in_reply_to=mid("nl-request-inzage-avg.eml"),
    text=f"""\
Geachte heer/mevrouw,

Ik heb nog geen reactie ontvangen op mijn verzoek van 20 september. Graag ontvang ik binnen de wettelijke termijn een antwoord.

Met vriendelijke groet,
Sanne de Vries

{quote("nl-request-inzage-avg.eml", style="outlook", lang="nl")}""",
    label=fu("nl-request-inzage-avg.eml", "Dutch reminder to her own request."),
))

add(Mail(
    "it-followup-accesso-sollecito.eml",
    frm=addr("Francesca Bellandi", "francesca.bellandi@example.it"),
    subject="R: Richiesta di accesso ai dati personali (art. 15 GDPR)",
    date="2026-10-13 10:00 +0200",
    client="outlook",
    content_language="it-IT",
    in_reply_to=mid("it-request-accesso-dati-personali.eml"),
    text=f"""\
Gentili Signori,

è trascorso un mese dalla mia richiesta qui sotto senza alcun riscontro. Vi sollecito a rispondere quanto prima.

Distinti saluti,
Francesca Bellandi

{quote("it-request-accesso-dati-personali.eml", style="outlook", lang="it")}""",
    label=fu("it-request-accesso-dati-personali.eml", "Italian reminder (sollecito). Not a complaint: no complaint stated."),
))

add(Mail(
    "en-followup-references-only-outlook.eml",
    frm=addr("Margaret Hollis", "m.hollis@example.co.uk"),
    subject="RE: Restriction of processing - please do NOT delete",
    date="2026-09-20 12:30 +0100",
    client="outlook",
    content_language="en-GB",
    references=mid("en-request-uk-restrict-processing.eml"),
    text=f"""\
Further to my email below: my solicitor's reference is MH/2291/CL, in case you need to quote it. The restriction should stay in place until you hear from me or from them.

Margaret Hollis

{quote("en-request-uk-restrict-processing.eml", style="outlook")}""",
    label=fu("en-request-uk-restrict-processing.eml", "References header only, no In-Reply-To."),
))

add(Mail(
    "en-followup-work-address-references.eml",
    frm=addr("Marcus Feld", "mfeld@feld-audio.example"),
    subject="Re: Opt-out of sale/sharing (GPC)",
    date="2026-09-24 13:15 -0700",
    client="outlook",
    in_reply_to=mid("en-request-gpc-do-not-share.eml"),
    text=f"""\
Writing from my work account: please apply the same opt-out to this address too (mfeld@feld-audio.example), I've ordered under it for the studio.

Marcus

{quote("en-request-gpc-do-not-share.eml", style="outlook")}""",
    label=fu("en-request-gpc-do-not-share.eml", "Same person from another address; joins by In-Reply-To."),
))

add(Mail(
    "en-followup-adds-do-not-sell.eml",
    frm=addr("Kim Nguyen", "kimnguyen.sd@example.com"),
    subject="Re: did you share my info with marketers?",
    date="2026-10-03 08:44 -0700",
    client="gmail",
    in_reply_to=mid("en-request-shine-the-light-casual.eml"),
    text=f"""\
oh and while you're at it please don't sell my info either :)

{quote("en-request-shine-the-light-casual.eml")}""",
    label=fu("en-request-shine-the-light-casual.eml",
             "Follow-up that adds a type (opt_out_sale) to the existing request; it joins the request rather than opening a new one."),
))

add(Mail(
    "pt-followup-acesso-lembrete.eml",
    frm=addr("Inês Carvalho", "ines.carvalho@example.pt"),
    subject="RE: Pedido de acesso aos meus dados pessoais",
    date="2026-10-20 10:10 +0100",
    client="outlookcom",
    content_language="pt-PT",
    in_reply_to=mid("pt-request-acesso-rgpd-portugal.eml"),
    text=f"""\
Bom dia,

Volto a contactar-vos sobre o pedido abaixo, ao qual ainda não obtive resposta.

Cumprimentos,
Inês Carvalho

{quote("pt-request-acesso-rgpd-portugal.eml", style="outlook", lang="pt")}""",
    label=fu("pt-request-acesso-rgpd-portugal.eml", "Portuguese reminder."),
))

add(Mail(
    "de-followup-einschraenkung-nachtrag.eml",
    frm=addr("Katrin Ehlers", "k.ehlers@example.net"),
    subject="Re: Einschränkung der Verarbeitung",
    date="2026-10-09 17:02 +0200",
    client="gmail",
    in_reply_to=mid("de-request-einschraenkung-art18.eml"),
    text=f"""\
Nachtrag: die SMS kam am 12.09. um 18:40 Uhr von der Nummer +1 512 555 0100. Vielleicht hilft das bei der Prüfung.

K. Ehlers

{quote("de-request-einschraenkung-art18.eml", lang="de")}""",
    label=fu("de-request-einschraenkung-art18.eml", "German addendum replying to her own request."),
))

add(Mail(
    "en-followup-agent-second-notice.eml",
    frm=addr("OptOutPilot Compliance", "compliance@optoutpilot.example"),
    subject="SECOND NOTICE: Consumer Opt-Out Request (Do Not Sell or Share) - ref OOP-5512-KX",
    date="2026-10-29 13:15:02 +0000",
    client="bulk",
    domain="optoutpilot.example",
    references=mid("en-request-agent-optery-style-html.eml"),
    html_only=True,
    cte="base64",
    html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d2733">
<h2 style="color:#d93025">Second notice</h2>
<p>To the Privacy Team of <b>3DPros LLC</b>,</p>
<p>On October 14, 2026 we submitted an opt-out request (ref <b>OOP-5512-KX</b>) on behalf of <b>Terrence Alvarado</b> (t.alvarado@example.net). We have not received confirmation that the request has been honored. The 15-business-day period ends on November 4, 2026.</p>
<p>Please reply to confirm that the consumer has been opted out of the sale and sharing of personal information.</p>
<p style="color:#6b778c;font-size:12px">OptOutPilot &middot; 1 Market St, Suite 300, San Francisco, CA 94105</p>
</body></html>
""",
    label=fu("en-request-agent-optery-style-html.eml", "Agent reminder, References the original, same reference code."),
))

# ----------------------------------------------------------------------------- automated mail about our replies

add(Mail(
    "en-automated-ooo-reply-to-our-ack.eml",
    frm=addr("Ramón Delgado", "ramon.delgado.atx@example.com"),
    subject="Automatic reply: Re: TDPSA request: access + deletion [PD-2026-0333]",
    date="2026-10-28 14:03:10 -0500",
    client="gmail",
    in_reply_to=mid("en-outgoing-tdpsa-ack.eml"),
    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")],
    text="""\
I'm traveling until November 3 with limited access to email. I'll reply when I'm back.

Ramón""",
    label=auto("auto_reply", "Vacation auto-reply from the requester to our acknowledgement, token in subject: must not open a request or trigger a reply (attaching it to PD-2026-0333's thread is fine)."),
))


def _bounce_pat() -> bytes:
    o = get("en-outgoing-reply-pat-gallo.eml")
    return f"""\
Content-Type: multipart/report; report-type=delivery-status;
	boundary="00000000000093d4d3063fa1c2e1"

--00000000000093d4d3063fa1c2e1
Content-Type: multipart/related; boundary="00000000000093d95e063fa1c2e2"

--00000000000093d95e063fa1c2e2
Content-Type: multipart/alternative; boundary="00000000000093d963063fa1c2e3"

--00000000000093d963063fa1c2e3
Content-Type: text/plain; charset="UTF-8"


** Message not delivered **

Your message couldn't be delivered to patgallo1956@example.net because the remote server's mailbox is full.


The response was:

552 5.2.2 <patgallo1956@example.net>: Recipient address rejected: mailbox full

--00000000000093d963063fa1c2e3
Content-Type: text/html; charset="UTF-8"

<html><body><h2>Message not delivered</h2><p>Your message couldn't be delivered to <b>patgallo1956@example.net</b> because the remote server's mailbox is full.</p><p>The response was:</p><p>552 5.2.2 &lt;patgallo1956@example.net&gt;: Recipient address rejected: mailbox full</p></body></html>

--00000000000093d963063fa1c2e3--
--00000000000093d95e063fa1c2e2--

--00000000000093d4d3063fa1c2e1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; 3dprosteam@gmail.com
Arrival-Date: Sat, 07 Nov 2026 08:44:17 -0800 (PST)
X-Original-Message-ID: {o.msgid}

Final-Recipient: rfc822; patgallo1956@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.example.net. (203.0.113.25, the server for the domain example.net.)
Diagnostic-Code: smtp; 552 5.2.2 <patgallo1956@example.net>: Recipient address rejected: mailbox full
Last-Attempt-Date: Sat, 07 Nov 2026 08:44:19 -0800 (PST)

--00000000000093d4d3063fa1c2e1
Content-Type: message/rfc822

""".encode() + _headers_and_body(o) + b"""
--00000000000093d4d3063fa1c2e1--
"""


def _headers_and_body(m: Mail) -> bytes:
    from kit import render
    return render(m)


add(Mail(
    "en-automated-bounce-our-reply-mailbox-full.eml",
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    subject="Delivery Status Notification (Failure)",
    date="2026-11-07 08:44:20 -0800",
    client="gmail",
    in_reply_to=mid("en-outgoing-reply-pat-gallo.eml"),
    msgid="<6a1d1c2e.050a0220.3c9e41.8a2bSMTPIN_ADDED_BROKEN@mx.google.com>",
    return_path="<>",
    extra=[("Auto-Submitted", "auto-replied")],
    raw_body=b"",  # replaced below
    label=auto("bounce", "DSN returning our reply (PD-2026-0352) to the requester; the embedded message carries our token and the quoted request: must not open a request. Attaching it to PD-2026-0352 as a delivery failure is fine."),
))
get("en-automated-bounce-our-reply-mailbox-full.eml").raw_body = _bounce_pat()
