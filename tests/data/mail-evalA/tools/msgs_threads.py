"""Our outgoing replies and the follow-ups in request threads (evaluation set A)."""

from kit import (Att, COMPANY, Mail, add, addr, fake_jpeg, fake_pdf, fu, get, mid, outgoing, quote, refs,
                 subj)

US = addr("3DPros", COMPANY)


def out(file, of, token, to, subject, date, text, lang_quote="en", attachments=None, quote_style="gmail"):
    """Our reply from the Gmail account, In-Reply-To the request, token in subject and body."""
    body = text.rstrip("\n") + "\n\n" + quote(of, quote_style, lang_quote) + "\n"
    return add(Mail(
        file=file, frm=US, to=to, subject=subject, date=date, client="gmail", text=body,
        in_reply_to=mid(of), references=mid(of), incoming=False, attachments=attachments or [],
        label=outgoing(of, f"our reply, token {token}"),
    ))


SIG = """Dana Whitfield
3DPros LLC
2307 Hayfield Square, Pflugerville, TX 78660
3dprosteam@gmail.com"""

SIG_M = """Marco Ruiz
3DPros LLC | custom prints, filament & models
3dprosteam@gmail.com"""

# =========================================================================== outgoing

out("de-outgoing-eingangsbestaetigung-auskunft.eml", "de-request-auskunft-generator-art15.eml", "PD-2026-0101",
    addr("Friederike Wendland", "f.wendland@example.de"),
    "Re: Anfrage nach Art. 15 DSGVO (Referenz: 2026-QX7RM2) [PD-2026-0101]",
    "2026-09-02 10:14 -0500",
    f"""Guten Tag Frau Wendland,

vielen Dank für Ihre Anfrage, die wir am 1. September 2026 erhalten haben. Wir bearbeiten sie unter der Referenz PD-2026-0101 und antworten innerhalb eines Monats.

Um sicherzugehen, dass wir die Daten an die richtige Person senden, schicken Sie uns bitte die Postleitzahl und das Datum Ihrer letzten Bestellung, oder alternativ eine Kopie eines Ausweises (Foto und Ausweisnummer dürfen geschwärzt sein).

Ref: PD-2026-0101

Mit freundlichen Grüßen
{SIG}
""", lang_quote="de")

out("en-outgoing-sar-acknowledgement.eml", "en-request-sar-ico-template-outlook.eml", "PD-2026-0102",
    addr("Harriet Olawale", "h.olawale@example.co.uk"),
    "Re: Subject access request [PD-2026-0102]",
    "2026-09-03 08:30 -0500",
    f"""Dear Ms Olawale,

Thank you for your subject access request, which we received on 2 September 2026. We will respond within one calendar month.

So that we only send your information to you, could you please reply with a photo of a piece of ID (you can cover the photo and document number) or tell us the postcode and date of your most recent order?

Ref: PD-2026-0102

Kind regards,
{SIG}
""", quote_style="outlook")

out("en-outgoing-unsubscribe-done.eml", "en-request-unsubscribe-terse.eml", "PD-2026-0105",
    addr("Doug Pelletier", "dpelletier.woodshop@example.net"),
    "Re: New silk PLA colors are here! [PD-2026-0105]",
    "2026-09-04 09:41 -0500",
    f"""Hi Doug,

Done - you're off our marketing list as of today. You'll still get emails about any order you place (shipping notices etc.), but no more newsletters or promos.

Sorry for the hassle.

Ref: PD-2026-0105

{SIG_M}
""")

out("en-outgoing-portability-export-attached.eml", "en-request-portability-json-export.eml", "PD-2026-0108",
    addr("Lukas Hinterberger", "lukas.hinterberger@example.at"),
    "Re: Export of my account data [PD-2026-0108]",
    "2026-09-24 15:02 -0500",
    f"""Hi Lukas,

Attached is the export you asked for: one JSON file with your account details, addresses and orders (including the print settings for each item), and a CSV with your uploaded model files. Nothing has been deleted.

Good luck with the new service, and you're always welcome back.

Ref: PD-2026-0108

{SIG}
""", attachments=[
        Att("3dpros-export-lukas-hinterberger.json", "application/json",
            b'{"account":{"name":"Lukas Hinterberger","email":"lukas.hinterberger@example.at","created":"2025-03-02"},'
            b'"addresses":[{"city":"Graz","country":"AT"}],"orders":[{"id":"3DP-17311","items":[{"name":"Cable clip set",'
            b'"material":"PETG","infill":"20%"}]},{"id":"3DP-19870","items":[{"name":"Desk hook","material":"PLA+"}]}]}\n'),
        Att("uploads.csv", "text/csv", b"file_name,size_kb\nclip_v3.stl,412\ndesk_hook_final.stl,198\n"),
    ])

out("es-outgoing-confirmacion-supresion.eml", "es-request-supresion-y-sin-publicidad.eml", "PD-2026-0116",
    addr("Lucía Ferrándiz", "lucia.ferrandiz@example.es"),
    subj("Re: Baja y borrado de mis datos [PD-2026-0116]"),
    "2026-09-15 11:20 -0500",
    f"""Hola Lucía,

Gracias por tu mensaje. Ya te hemos dado de baja de todos nuestros envíos publicitarios y hemos eliminado tu cuenta y tus datos personales. Solo conservamos la factura de tu pedido de 2025, porque la ley fiscal nos obliga a guardarla.

(Sorry for my Spanish - please reply in Spanish or English, whichever you prefer.)

Ref: PD-2026-0116

Un saludo,
{SIG_M}
""", lang_quote="es")

out("fr-outgoing-accuse-reception-quebec.eml", "fr-request-quebec-loi25-suppression-consentement.eml", "PD-2026-0127",
    addr("Élodie Tremblay", "elodie.tremblay@example.ca"),
    subj("RE: Retrait de consentement et suppression de mes renseignements [PD-2026-0127]"),
    "2026-09-28 09:05 -0500",
    f"""Bonjour Madame Tremblay,

Nous avons bien reçu votre demande du 26 septembre. Votre retrait de consentement est enregistré et nous supprimerons vos renseignements personnels une fois votre commande en cours livrée. Nous vous confirmerons la suppression par courriel, au plus tard dans 30 jours.

Ref: PD-2026-0127

Cordialement,
{SIG}
""", lang_quote="fr", quote_style="outlook")

out("en-outgoing-lgpd-verification.eml", "pt-request-lgpd-eliminacao-revogacao.eml", "PD-2026-0128",
    addr("Thiago Nascimento", "thiago.nascimento@example.com.br"),
    subj("Re: Solicitação LGPD – eliminação de dados [PD-2026-0128]"),
    "2026-09-29 10:48 -0500",
    f"""Olá Thiago,

Thank you for your request (we'll answer in English, we hope that's OK). Before we delete your data we need to confirm it's really you: please reply with your order number or the last 4 digits of the card you paid with.

Obrigado!

Ref: PD-2026-0128

{SIG}
""", lang_quote="pt")

out("en-outgoing-solicitor-acknowledgement.eml", "en-request-solicitor-for-client-access-erasure.eml", "PD-2026-0131",
    addr("Abigail Trent", "a.trent@hollisandmoor.example"),
    "RE: Our client: Mr Declan Fairweather - data subject access and erasure request [PD-2026-0131]",
    "2026-10-01 09:12 -0500",
    f"""Dear Ms Trent,

We acknowledge receipt of your letter of 30 September 2026 and the form of authority. We will provide the copy of Mr Fairweather's personal data within one calendar month, and will then deal with the erasure request as set out in your letter.

Ref: PD-2026-0131

Kind regards,
{SIG}
""", quote_style="outlook")

out("en-outgoing-agent-needs-authorization.eml", "en-request-agent-removal-service-ccpa.eml", "PD-2026-0133",
    "agent-replies+77310@scrubtrail.example",
    "Re: CCPA Deletion and Opt-Out Request on behalf of Nathaniel Osei [ST-77310-4421] [PD-2026-0133]",
    "2026-10-02 13:30 -0500",
    f"""Hello,

We received your request on behalf of Nathaniel Osei. The opt-out is done (for the record, we don't sell or share personal information). Before we delete his data, please send us the consumer's signed authorization, as allowed under the CCPA regulations.

Ref: PD-2026-0133

{SIG}
""")

out("en-outgoing-ct-acknowledgement.eml", "en-request-ct-copy-then-delete.eml", "PD-2026-0149",
    addr("Walter Abiodun", "walt.abiodun@example.com"),
    "Re: Personal data request [PD-2026-0149]",
    "2026-10-17 10:00 -0500",
    f"""Hi Walter,

Thanks - we've logged your request. Yes, we process some personal data about you (account and two orders). We'll send a copy within 45 days and then delete it as you asked.

Ref: PD-2026-0149

{SIG_M}
""", quote_style="apple")

# =========================================================================== follow-ups

add(Mail(
    file="en-followup-sar-id-photo-attached.eml",
    frm=addr("Harriet Olawale", "h.olawale@example.co.uk"),
    subject="RE: Subject access request [PD-2026-0102]",
    date="2026-09-05 12:02 +0100",
    client="outlook",
    content_language="en-GB",
    in_reply_to=mid("en-outgoing-sar-acknowledgement.eml"),
    references=refs("en-request-sar-ico-template-outlook.eml", "en-outgoing-sar-acknowledgement.eml"),
    text="""Hello Dana,

Photo of my driving licence attached (number covered). My last order was 3DP-19044 in July, delivered to OX11 7RP.

Thanks
Harriet

""" + quote("en-outgoing-sar-acknowledgement.eml", "outlook"),
    attachments=[Att("IMG_4471.jpg", "image/jpeg", fake_jpeg("olawale-licence"))],
    label=fu("en-request-sar-ico-template-outlook.eml", "ID sent in reply to our acknowledgement (In-Reply-To + token)"),
))

add(Mail(
    file="en-followup-any-update-iphone.eml",
    frm=addr("Kayla Brandt", "kaylabrandt22@example.com"),
    subject="Re: my account",
    date="2026-09-19 13:40 -0700",
    client="apple",
    domain="example.com",
    in_reply_to=mid("en-request-delete-and-dont-sell-one-line.eml"),
    references=mid("en-request-delete-and-dont-sell-one-line.eml"),
    text="""any update??

Sent from my iPhone

""" + quote("en-request-delete-and-dont-sell-one-line.eml", "apple"),
    label=fu("en-request-delete-and-dont-sell-one-line.eml", "reminder replying to her own request; no token"),
))

add(Mail(
    file="en-followup-token-also-do-not-sell.eml",
    frm=addr("Walter Abiodun", "walt.abiodun@example.com"),
    subject="[PD-2026-0149] one more thing",
    date="2026-10-20 08:14 -0400",
    client="apple",
    domain="example.com",
    mailer="Apple Mail (2.3774.600.62)",
    text="""Hi Marco,

Forgot to add: also please don't sell or share my info with advertisers in the meantime, before you delete it.

Walter""",
    label=fu("en-request-ct-copy-then-delete.eml",
             "new message carrying only the token in the subject; ADDS a type (opt_out_sale) to the existing request"),
))

add(Mail(
    file="de-followup-ausweis-geschwaerzt.eml",
    frm=addr("Friederike Wendland", "f.wendland@example.de"),
    subject="Re: Anfrage nach Art. 15 DSGVO (Referenz: 2026-QX7RM2) [PD-2026-0101]",
    date="2026-09-06 11:31 +0200",
    client="gmx",
    domain="gmx.example",
    content_language="de-DE",
    in_reply_to=mid("de-outgoing-eingangsbestaetigung-auskunft.eml"),
    references=refs("de-request-auskunft-generator-art15.eml", "de-outgoing-eingangsbestaetigung-auskunft.eml"),
    text="""Hallo Frau Whitfield,

anbei die Kopie meines Personalausweises (Foto und Nummer geschwärzt). Meine letzte Bestellung war im Mai, PLZ 04177.

Viele Grüße
Friederike Wendland

""" + quote("de-outgoing-eingangsbestaetigung-auskunft.eml", "gmail", "de"),
    attachments=[Att("Perso_geschwaerzt.jpg", "image/jpeg", fake_jpeg("wendland-perso"))],
    label=fu("de-request-auskunft-generator-art15.eml", "ID copy sent in reply to our German acknowledgement"),
))

add(Mail(
    file="fr-followup-relance-sans-reponse.eml",
    frm=addr("Sandrine Lefèvre-Morel", "sandrine.lefevre-morel@example.fr", charset="iso-8859-1"),
    subject="RE: Demande de droit d'accès",
    date="2026-10-12 09:05 +0200",
    client="orange",
    charset="iso-8859-1",
    cte="8bit",
    content_language="fr-FR",
    text_only=True,
    in_reply_to=mid("fr-request-droit-acces-art15.eml"),
    references=mid("fr-request-droit-acces-art15.eml"),
    text="""Madame, Monsieur,

Je me permets de vous relancer : ma demande ci-dessous date du 9 septembre et je n'ai reçu aucune réponse à ce jour, alors que le délai d'un mois est dépassé.

Merci de me répondre rapidement.

Sandrine Lefèvre-Morel

> Message du 09/09/26 14:48
> De : "Sandrine Lefèvre-Morel" <sandrine.lefevre-morel@example.fr>
> A : 3dprosteam@gmail.com
> Objet : Demande de droit d'accès
>
> Madame, Monsieur,
>
> En application de l'article 15 du règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers et, dans l'affirmative, de m'en communiquer une copie.
> [...]
""",
    label=fu("fr-request-droit-acces-art15.eml", "plain reminder after the deadline (Orange quote style); not a complaint"),
))

add(Mail(
    file="en-followup-agent-signed-authorization.eml",
    frm=addr("ScrubTrail Privacy Requests", "requests@scrubtrail.example"),
    subject="RE: CCPA Deletion and Opt-Out Request on behalf of Nathaniel Osei [ST-77310-4421] [PD-2026-0133]",
    date="2026-10-03 04:00 +0000",
    client="plain",
    domain="mailer.scrubtrail.example",
    mailer="ScrubTrail Agent Mailer 3.2",
    reply_to="agent-replies+77310@scrubtrail.example",
    in_reply_to=mid("en-outgoing-agent-needs-authorization.eml"),
    references=refs("en-request-agent-removal-service-ccpa.eml", "en-outgoing-agent-needs-authorization.eml"),
    text="""Hello,

As requested, the consumer's signed authorization for ScrubTrail to act as authorized agent is attached.

Consumer: Nathaniel Osei
Request ID: ST-77310-4421

Please proceed with the deletion request and confirm completion by reply.

--
ScrubTrail, Inc. | 548 Market St PMB 000, San Francisco, CA 94104
""",
    attachments=[Att("Authorization_Osei_signed.pdf", "application/pdf",
                     fake_pdf("Authorized agent designation", ["AUTHORIZED AGENT DESIGNATION",
                                                             "I, Nathaniel Osei, authorize ScrubTrail, Inc. to submit",
                                                             "privacy requests on my behalf.", "Signed electronically 2026-09-29"]))],
    label=fu("en-request-agent-removal-service-ccpa.eml", "agent sends the signed authorization we asked for"),
))

add(Mail(
    file="en-followup-parent-adds-link.eml",
    frm=addr("Monica Espinoza-Reyes", "monica.espinoza.reyes@example.net"),
    subject="RE: Request to remove my daughter's posts and close her account",
    date="2026-09-10 07:55 -0700",
    client="outlookcom",
    in_reply_to=mid("en-request-parent-for-daughter-review.eml"),
    references=mid("en-request-parent-for-daughter-review.eml"),
    text="""Hello again,

In case it helps you find it: the review is on page 3 of Community Prints, posted May 19, titled "BEST AXOLOTL EVER". Her username is "sofi_makes_stuff".

Monica

""" + quote("en-request-parent-for-daughter-review.eml", "outlook"),
    label=fu("en-request-parent-for-daughter-review.eml", "parent adds details to her own request"),
))

add(Mail(
    file="es-followup-gracias-confirmado.eml",
    frm=addr("Lucía Ferrándiz", "lucia.ferrandiz@example.es"),
    subject=subj("Re: Baja y borrado de mis datos [PD-2026-0116]"),
    date="2026-09-16 08:10 +0200",
    client="gmail",
    content_language="es-ES",
    in_reply_to=mid("es-outgoing-confirmacion-supresion.eml"),
    references=refs("es-request-supresion-y-sin-publicidad.eml", "es-outgoing-confirmacion-supresion.eml"),
    text="""Perfecto, muchas gracias Marco. Tu español está muy bien :)

Lucía

""" + quote("es-outgoing-confirmacion-supresion.eml", "gmail", "es"),
    label=fu("es-request-supresion-y-sin-publicidad.eml", "thank-you reply closing the thread"),
))

add(Mail(
    file="en-followup-export-received-question.eml",
    frm=addr("Lukas Hinterberger", "lukas.hinterberger@example.at"),
    subject="Re: Export of my account data [PD-2026-0108]",
    date="2026-09-25 07:44 +0200",
    client="gmail",
    in_reply_to=mid("en-outgoing-portability-export-attached.eml"),
    references=refs("en-request-portability-json-export.eml", "en-outgoing-portability-export-attached.eml"),
    text="""Thanks Dana, got both files. Small thing: the CSV doesn't have the upload dates I mentioned. Not a big deal, but if it's easy to add them that would be great.

Lukas

""" + quote("en-outgoing-portability-export-attached.eml"),
    label=fu("en-request-portability-json-export.eml", "reply to the export: thanks + small completeness question"),
))

add(Mail(
    file="pt-followup-numero-do-pedido.eml",
    frm=addr("Thiago Nascimento", "thiago.nascimento@example.com.br"),
    subject=subj("Re: Solicitação LGPD – eliminação de dados [PD-2026-0128]"),
    date="2026-09-30 19:02 -0300",
    client="gmail",
    content_language="pt-BR",
    in_reply_to=mid("en-outgoing-lgpd-verification.eml"),
    references=refs("pt-request-lgpd-eliminacao-revogacao.eml", "en-outgoing-lgpd-verification.eml"),
    text="""Oi Dana, sem problema em inglês.

O número do pedido é 3DP-16650 e o cartão termina em 4417.

Abraço,
Thiago

""" + quote("en-outgoing-lgpd-verification.eml", "gmail", "pt"),
    label=fu("pt-request-lgpd-eliminacao-revogacao.eml", "verification details sent in reply to our request for them"),
))

add(Mail(
    file="nl-followup-herinnering-inzage.eml",
    frm=addr("Sanne de Graaf", "sanne.degraaf@example.nl"),
    subject="Re: Inzageverzoek AVG",
    date="2026-10-20 10:30 +0200",
    client="gmail",
    content_language="nl-NL",
    in_reply_to=mid("nl-request-inzageverzoek-avg.eml"),
    references=mid("nl-request-inzageverzoek-avg.eml"),
    text="""Goedemorgen,

Ik heb nog geen reactie ontvangen op mijn verzoek van 15 september. Kunt u laten weten wanneer ik het overzicht kan verwachten?

Met vriendelijke groet,
Sanne de Graaf

""" + quote("nl-request-inzageverzoek-avg.eml", "gmail", "nl"),
    label=fu("nl-request-inzageverzoek-avg.eml", "Dutch reminder replying to her own request"),
))

add(Mail(
    file="en-followup-form-user-second-address.eml",
    frm=addr("Hollis Fenwick", "hollis.fenwick@example.com"),
    subject="the privacy form I sent",
    date="2026-10-10 11:26 -0700",
    client="gmail",
    text="""Hi, I filled in the privacy form on your website on Thursday night asking you to delete my account. I forgot one thing: I also ordered once with my work address hfenwick@lumen-dental.example in 2023. Please include that one.

Thanks,
Hollis
""",
    label=fu("en-request-webform-delete-oregon.eml",
             "new email (no token, no In-Reply-To) referring to her web-form submission; joins by person/context"),
))

add(Mail(
    file="en-followup-teen-still-there.eml",
    frm=addr("jaden", "jadenxplays@example.com"),
    subject="Re: the pic",
    date="2026-09-12 20:15 -0700",
    client="gmail",
    in_reply_to=mid("en-request-teen-insta-pic-takedown.eml"),
    references=mid("en-request-teen-insta-pic-takedown.eml"),
    text="""did u take it down yet?? its still there

""" + quote("en-request-teen-insta-pic-takedown.eml"),
    label=fu("en-request-teen-insta-pic-takedown.eml", "teen's reminder replying to his own message"),
))

add(Mail(
    file="en-followup-solicitor-chaser-token.eml",
    frm=addr("Abigail Trent", "a.trent@hollisandmoor.example"),
    subject="RE: Our client: Mr Declan Fairweather - data subject access and erasure request [PD-2026-0131]",
    date="2026-11-02 09:20 +0000",
    client="outlook",
    content_language="en-GB",
    in_reply_to=mid("en-outgoing-solicitor-acknowledgement.eml"),
    references=refs("en-request-solicitor-for-client-access-erasure.eml", "en-outgoing-solicitor-acknowledgement.eml"),
    text="""Dear Ms Whitfield

We refer to your email of 1 October. The one-month period for responding to our client's subject access request expired on 30 October 2026 and we have not yet received the copy of his personal data.

Please provide it within 7 days.

Yours sincerely

Abigail Trent
Associate
Hollis & Moor LLP

""" + quote("en-outgoing-solicitor-acknowledgement.eml", "outlook"),
    label=fu("en-request-solicitor-for-client-access-erasure.eml", "agent's chaser after the deadline, token + In-Reply-To"),
))

add(Mail(
    file="de-followup-ch-id-kopie.eml",
    frm=addr("Reto Gisler", "reto.gisler@example.ch"),
    subject="Re: Auskunftsbegehren nach Art. 25 DSG",
    date="2026-09-14 08:12 +0200",
    client="thunderbird",
    domain="example.ch",
    charset="iso-8859-1",
    cte="quoted-printable",
    content_language="de-CH",
    in_reply_to=mid("de-request-ch-auskunft-personendaten-dsg.eml"),
    references=mid("de-request-ch-auskunft-personendaten-dsg.eml"),
    text="""Grüezi nochmals

Wie angekündigt sende ich Ihnen im Anhang eine Kopie meiner ID (Foto geschwärzt), damit Sie meine Anfrage vom 12. September bearbeiten können.

Freundliche Grüsse
Reto Gisler
""",
    attachments=[Att("ID_Gisler.pdf", "application/pdf", fake_pdf("ID", ["Schweizerische Eidgenossenschaft", "Identitaetskarte", "GISLER Reto"]))],
    label=fu("de-request-ch-auskunft-personendaten-dsg.eml", "Swiss requester sends ID copy, replying to his own request"),
))
