"""Our outgoing replies (with [PD-…] tokens) and the requesters' follow-ups for the evaluation mailbox.

Every follow-up is labelled with the request file it belongs to; how it can be joined is in its notes
(In-Reply-To / References, token in subject from the requester's or agent's address, or our body marker).
"""

from __future__ import annotations

from mailkit import REGISTRY, Mail, dedent, fmt_addr, fu, jpeg, neg, outlook_quote, pdf, quote, req

TEAM = "3DPros Team <3dprosteam@gmail.com>"


def outgoing(fname: str, of: str, date: str, body: str, subject: str | None = None, lang: str = "en",
             to: str | None = None) -> Mail:
    """Our reply to a request: token in subject, 'Ref:' marker line in body, threaded by In-Reply-To."""
    r = REGISTRY[of]
    base = r.subject or ""
    if not base.lower().startswith(("re:", "aw:", "r:")):
        base = f"Re: {base}"
    subj = subject or f"{base} [{{PD:{of}}}]"
    return Mail(fname, frm=TEAM, to=to or r.frm, subject=subj, date=date, client="gmail", irt=of,
                refs=[*(r.refs or []), of] if r.refs else None, received=False,
                text=body + "\n" + quote(of, lang=lang),
                label=fu(of, lang, "our outgoing acknowledgement with the [PD-…] token and Ref: marker",
                         category="outgoing"))


# ------------------------------------------------------------------ Fiona (GDPR access, Ireland)

outgoing("en-outgoing-ack-fiona-access.eml", "en-request-access-gdpr-art15-formal.eml", "2026-11-05 15:40 -0600",
         dedent("""
            Dear Ms Gallagher,

            Thank you for your subject access request, which we received on 5 November 2026. We will respond
            within one month.

            To make sure we only release your data to you, please reply to this email from the address you
            used for your orders and tell us the order number or the month of one of your orders.

            Kind regards,
            3DPros Privacy Team
            3DPros LLC, Pflugerville, Texas

            Ref: {PD:en-request-access-gdpr-art15-formal.eml}
            """))

Mail("en-followup-fiona-verification-reply.eml",
     frm="Fiona Gallagher <fiona.gallagher@eircom.example>",
     subject="RE: Data Subject Access Request - Article 15 GDPR [{PD:en-request-access-gdpr-art15-formal.eml}]",
     date="2026-11-06 09:02 +0000", client="outlook", irt="en-outgoing-ack-fiona-access.eml",
     refs=["en-request-access-gdpr-art15-formal.eml", "en-outgoing-ack-fiona-access.eml"],
     text=dedent("""
        Hello,

        The order number was #9875 (March 2025), a set of replacement drawer handles.

        Regards,
        Fiona
        """) + "\n" + outlook_quote("en-outgoing-ack-fiona-access.eml"),
     label=fu("en-request-access-gdpr-art15-formal.eml", "en",
              "verification reply to our ack: In-Reply-To + token from the requester"))

Mail("en-followup-fiona-chaser-references-only.eml",
     frm="Fiona Gallagher <fiona.gallagher@eircom.example>",
     subject="RE: Data Subject Access Request - Article 15 GDPR [{PD:en-request-access-gdpr-art15-formal.eml}]",
     date="2026-11-23 10:30 +0000", client="outlook", irt="en-followup-fiona-verification-reply.eml",
     no_irt_header=True,
     refs=["en-request-access-gdpr-art15-formal.eml", "en-outgoing-ack-fiona-access.eml",
           "en-followup-fiona-verification-reply.eml"],
     text="Hello, just checking on the status of my request. Could you let me know when I can expect the data?\n\nFiona\n",
     label=fu("en-request-access-gdpr-art15-formal.eml", "en",
              "chaser with References only (no In-Reply-To) and token"))

# ------------------------------------------------------------------ Marcus (CCPA deletion)

outgoing("en-outgoing-ack-marcus-deletion.eml", "en-request-deletion-ccpa-1798-105.eml", "2026-11-09 10:15 -0600",
         dedent("""
            Hi Marcus,

            We received your request to delete your personal information on November 6, 2026.

            To verify the request, please reply with the 6-digit code shown on your last order confirmation
            (bottom right corner), or with the ZIP code you used for shipping. We will then complete the
            deletion within 45 days of receipt and let you know.

            3DPros Privacy Team

            Ref: {PD:en-request-deletion-ccpa-1798-105.eml}
            """))

Mail("en-followup-marcus-code.eml",
     frm="Marcus Oyelaran <marcus.oyelaran@example.com>",
     subject="RE: Request to Delete Personal Information [{PD:en-request-deletion-ccpa-1798-105.eml}]",
     date="2026-11-09 18:44 -0800", client="outlook", irt="en-outgoing-ack-marcus-deletion.eml",
     refs=["en-request-deletion-ccpa-1798-105.eml", "en-outgoing-ack-marcus-deletion.eml"],
     text="ZIP was 94610. Please go ahead and delete everything as I asked.\n\nMarcus\n\n"
          + outlook_quote("en-outgoing-ack-marcus-deletion.eml"),
     label=fu("en-request-deletion-ccpa-1798-105.eml", "en",
              "verification reply that repeats 'delete everything'; not a new request"))

# ------------------------------------------------------------------ Jürgen (German access)

outgoing("de-outgoing-ack-juergen-auskunft.eml", "de-request-access-art15-formal.eml", "2026-11-04 11:20 -0600",
         dedent("""
            Sehr geehrter Herr Weißbach,

            vielen Dank für Ihr Auskunftsersuchen vom 4. November 2026. Wir beantworten es innerhalb eines
            Monats.

            Damit wir die Daten nur an Sie herausgeben, nennen Sie uns bitte die Bestellnummer Ihrer Bestellung
            vom Mai 2026 oder antworten Sie von der dort verwendeten E-Mail-Adresse.

            Mit freundlichen Grüßen
            3DPros Privacy Team

            Ref: {PD:de-request-access-art15-formal.eml}
            """), subject="AW: Auskunftsersuchen nach Art. 15 DSGVO [{PD:de-request-access-art15-formal.eml}]",
         lang="de")

Mail("de-followup-juergen-ausweis.eml",
     frm=fmt_addr("Jürgen Weißbach", "j.weissbach@gmx.example"),
     subject="Aw: AW: Auskunftsersuchen nach Art. 15 DSGVO [{PD:de-request-access-art15-formal.eml}]",
     date="2026-11-05 07:30 +0100", client="webde", charset="iso-8859-1", irt="de-outgoing-ack-juergen-auskunft.eml",
     attachments=[jpeg("Personalausweis_geschwaerzt.jpg")],
     text=dedent("""
        Guten Morgen,

        die Bestellnummer lautet 10233. Zur Sicherheit hänge ich eine geschwärzte Kopie meines
        Personalausweises an. Wie bereits geschrieben: ich möchte eine vollständige Kopie meiner Daten.

        Gruß
        J. Weißbach
        """) + "\n" + quote("de-outgoing-ack-juergen-auskunft.eml", lang="de"),
     label=fu("de-request-access-art15-formal.eml", "de",
              "German reply with ID attachment; restates access wish"))

# ------------------------------------------------------------------ RightsDesk agent (form)

outgoing("en-outgoing-ask-agent-proof.eml", "en-request-form-agent.eml", "2026-11-19 15:05 -0600",
         dedent("""
            Hello,

            We received a privacy request submitted through our website by RightsDesk LLC on behalf of
            Monica Feld. Before we can act on it, please send us the consumer's signed permission authorizing
            you to submit this request on her behalf.

            3DPros Privacy Team

            Ref: {PD:en-request-form-agent.eml}
            """), subject="Your request for Monica Feld [{PD:en-request-form-agent.eml}]",
         to="RightsDesk LLC <caseworker@rightsdesk.example>")

Mail("en-followup-agent-authorization-pdf.eml",
     frm="Tom Abara (RightsDesk) <caseworker@rightsdesk.example>",
     subject="Re: Your request for Monica Feld [{PD:en-request-form-agent.eml}]",
     date="2026-11-20 08:12 -0800", client="gmail", irt="en-outgoing-ask-agent-proof.eml",
     attachments=[pdf("Feld_signed_authorization.pdf", "authorization")],
     text="Hi, attached is Ms. Feld's signed authorization. Please proceed with the access and deletion "
          "requests.\n\nTom Abara\nRightsDesk LLC\n\n" + quote("en-outgoing-ask-agent-proof.eml"),
     label=fu("en-request-form-agent.eml", "en",
              "agent sends proof of authority: In-Reply-To + token from the agent's address"))

# ------------------------------------------------------------------ Geneviève (Quebec) token only

outgoing("fr-outgoing-ack-genevieve.eml", "fr-request-quebec-loi25-acces.eml", "2026-11-12 16:00 -0600",
         dedent("""
            Bonjour Madame Tremblay,

            Nous avons bien reçu votre demande d'accès du 12 novembre 2026 et y répondrons dans un délai de
            30 jours. Afin de vérifier votre identité, pourriez-vous nous indiquer le numéro de votre commande?

            L'équipe 3DPros

            Ref: {PD:fr-request-quebec-loi25-acces.eml}
            """), subject="Votre demande d'accès [{PD:fr-request-quebec-loi25-acces.eml}]", lang="fr")

Mail("fr-followup-genevieve-token-only.eml",
     frm="Geneviève Tremblay <genevieve.tremblay@videotron.example>",
     subject="[{PD:fr-request-quebec-loi25-acces.eml}] numéro de commande", date="2026-11-13 08:25 -0500",
     client="apple",
     text="Bonjour,\n\nLe numéro de commande est 10377 (juillet).\n\nGeneviève\n",
     label=fu("fr-request-quebec-loi25-acces.eml", "fr",
              "new message (no In-Reply-To) with only the token in the subject, from the requester"))

# ------------------------------------------------------------------ Brittany (one-liner deletion)

outgoing("en-outgoing-ack-brittany.eml", "en-request-deletion-oneliner-lowercase.eml", "2026-11-03 09:30 -0600",
         dedent("""
            Hi Brittany,

            Thanks for your message. Before we delete your account, can you confirm this is the email address
            on the account and that you want the account and all its data deleted (this can't be undone)?

            3DPros Team

            Ref: {PD:en-request-deletion-oneliner-lowercase.eml}
            """))

Mail("en-followup-brittany-confirm.eml",
     frm="brittany shaw <britshaw22@example.com>",
     subject="Re: delete [{PD:en-request-deletion-oneliner-lowercase.eml}]", date="2026-11-03 12:02 -0600",
     client="gmail", irt="en-outgoing-ack-brittany.eml",
     refs=["en-request-deletion-oneliner-lowercase.eml", "en-outgoing-ack-brittany.eml"],
     text="yes its me, delete everything like i said\n\n" + quote("en-outgoing-ack-brittany.eml"),
     label=fu("en-request-deletion-oneliner-lowercase.eml", "en", "confirmation containing 'delete everything'"))

Mail("en-request-stranger-with-token.eml",
     frm="Kayla Moss <kayla.moss@example.com>",
     subject="Re: delete [{PD:en-request-deletion-oneliner-lowercase.eml}]", date="2026-11-05 19:22 -0600",
     client="gmail",
     text=dedent("""
        hey, my roommate brittany forwarded me your email. can you delete my account too? it's under this
        email. thanks!

        Kayla
        """),
     label=req(["deletion"], [], "en", "Kayla Moss", "kayla.moss@example.com",
               "carries someone else's [PD-…] token from a stranger's address: must NOT join; it is her own new request"))

Mail("en-negative-stranger-token-phish.eml",
     frm="Accounts Dept <billing@invoices-secure.example>",
     subject="Re: [{PD:en-request-deletion-ccpa-1798-105.eml}] Invoice overdue - action required",
     date="2026-11-16 03:14 +0300", client="mutt",
     text=dedent("""
        Dear customer,

        Your invoice related to case {PD:en-request-deletion-ccpa-1798-105.eml} is overdue. Please review
        the attached statement and remit payment today to avoid suspension of services:

        hxxp://invoices-secure.example/pay?case=3dpros

        Accounts Department
        """),
     label=neg("en", "phishing from a stranger reusing a [PD-…] token in the subject: must not join any request"))

# ------------------------------------------------------------------ Lucía (Spanish) body marker only

outgoing("es-outgoing-ack-lucia.eml", "es-request-acceso-rgpd.eml", "2026-11-03 15:10 -0600",
         dedent("""
            Estimada Sra. Fernández:

            Hemos recibido su solicitud de acceso del 3 de noviembre de 2026 y le responderemos en el plazo
            de un mes. Para verificar su identidad, indíquenos por favor el número de alguno de sus pedidos.

            Atentamente,
            Equipo de privacidad de 3DPros

            Ref: {PD:es-request-acceso-rgpd.eml}
            """), subject="Su solicitud de acceso [{PD:es-request-acceso-rgpd.eml}]", lang="es")

Mail("es-followup-lucia-marker-only.eml",
     frm="Lucía Fernández <lucia.fernandez@telefonica.example>", subject="Número de pedido",
     date="2026-11-04 10:05 +0100", client="outlook",
     text="Buenos días:\n\nEl número de pedido es 10412.\n\nUn saludo,\nLucía\n\n"
          + quote("es-outgoing-ack-lucia.eml", lang="es"),
     label=fu("es-request-acceso-rgpd.eml", "es",
              "no threading headers, no token in subject: only our quoted 'Ref: PD-…' body marker joins it"))

# ------------------------------------------------------------------ Priya (token only + ID docs)

outgoing("en-outgoing-ack-priya.eml", "en-request-access-ccpa-right-to-know.eml", "2026-11-11 09:00 -0600",
         dedent("""
            Hi Priya,

            We received your request to know on November 10, 2026. Because you asked for specific pieces of
            personal information, we need to verify your identity to a reasonably high degree of certainty.
            Please send us your last order number and the billing ZIP code; reply to this email or include
            the reference below in the subject line.

            3DPros Privacy Team

            Ref: {PD:en-request-access-ccpa-right-to-know.eml}
            """))

Mail("en-followup-priya-token-id-docs.eml",
     frm="Priya Raman <priya.raman@example.com>",
     subject="{PD:en-request-access-ccpa-right-to-know.eml} verification", date="2026-11-12 20:40 -0800",
     client="apple", attachments=[pdf("order-10455-receipt.pdf"), jpeg("IMG_4471.jpg")],
     text="Hi, order 10455, billing ZIP 95126. Receipt and a photo of my license attached.\n\nPriya\n\nSent from my iPhone\n",
     label=fu("en-request-access-ccpa-right-to-know.eml", "en",
              "token without brackets in the subject, new message, attachments (ID documents)"))

# ------------------------------------------------------------------ chasers replying to their own request

Mail("en-followup-keith-any-update.eml",
     frm="Keith Brandt <keith.brandt@example.com>", subject="Re: copy of my data, then delete it",
     date="2026-11-20 08:33 -0500", client="gmail", irt="en-request-multi-access-then-delete.eml",
     text="any update on this?\n\n" + quote("en-request-multi-access-then-delete.eml"),
     label=fu("en-request-multi-access-then-delete.eml", "en", "'any update?' chaser replying to own request"))

Mail("fr-followup-camille-relance.eml",
     frm="Camille Durand <camille.durand@orange.example>", subject="RE: Demande d'accès à mes données personnelles",
     date="2026-11-24 09:00 +0100", client="outlook", irt="fr-request-access-rgpd-art15.eml",
     text="Madame, Monsieur,\n\nJe me permets de vous relancer concernant ma demande ci-dessous, restée sans "
          "réponse à ce jour.\n\nCordialement,\nCamille Durand\n\n"
          + quote("fr-request-access-rgpd-art15.eml", lang="fr"),
     label=fu("fr-request-access-rgpd-art15.eml", "fr", "French reminder (relance) to own request"))

Mail("it-followup-giulia-sollecito.eml",
     frm="Giulia Romano <giulia.romano@libero.example>", subject="R: Richiesta di accesso ai dati personali (art. 15 GDPR)",
     date="2026-11-21 12:00 +0100", client="outlook", irt="it-request-accesso-art15.eml",
     text="Gentili Signori,\n\nsollecito un riscontro alla mia richiesta del 4 novembre.\n\nGiulia Romano\n\n"
          + quote("it-request-accesso-art15.eml", lang="it"),
     label=fu("it-request-accesso-art15.eml", "it", "Italian reminder with 'R:' prefix"))

Mail("nl-followup-pieter-herinnering.eml",
     frm="Pieter Janssen <pieter.janssen@kpn.example>", subject="FW: Inzageverzoek AVG - herinnering",
     date="2026-11-24 08:15 +0100", client="outlook", irt="nl-request-inzage-avg.eml",
     text="Geachte heer/mevrouw,\n\nIk heb nog geen reactie ontvangen op mijn onderstaande verzoek. Graag "
          "een bevestiging van ontvangst.\n\nPieter Janssen\n\n" + outlook_quote("nl-request-inzage-avg.eml"),
     label=fu("nl-request-inzage-avg.eml", "nl", "Dutch reminder sent as 'FW:' of own request with In-Reply-To"))

Mail("en-followup-hannah-also-newsletter.eml",
     frm="Hannah O'Connell <hannah.oconnell@example.co.uk>", subject="RE: Right to be forgotten – please action",
     date="2026-10-21 07:45 +0100", client="outlook", charset="windows-1252", irt="en-request-deletion-uk-forget-me-cp1252.eml",
     text="Forgot to say – I got another newsletter from you this morning. Please make sure that stops too "
          "as part of my request.\n\nHannah\n\n" + outlook_quote("en-request-deletion-uk-forget-me-cp1252.eml"),
     label=fu("en-request-deletion-uk-forget-me-cp1252.eml", "en",
              "adds marketing wording to an existing request; a follow-up, not a new request"))

Mail("en-followup-sanne-any-news.eml",
     frm="Sanne de Vries <sanne.devries@ziggo.example>", subject="Re: Erasure request (Art. 17 GDPR)",
     date="2026-11-19 19:30 +0100", client="apple", irt="en-request-deletion-gdpr-art17-html-only.eml",
     refs=["en-request-deletion-gdpr-art17-html-only.eml"],
     text="Hello, is there any news about my erasure request? I haven't heard back.\n\nSanne\n\nSent from my iPad\n",
     label=fu("en-request-deletion-gdpr-art17-html-only.eml", "en", "chaser from another client, same address"))

Mail("en-followup-dale-another-one.eml",
     frm="Dale Hutchins <dale.hutchins@example.com>", subject="RE: STOP EMAILING ME",
     date="2026-11-17 08:10 -0500", client="outlook", irt="en-request-optout-marketing-stop-emailing.eml",
     text="Got ANOTHER one this morning. Remove me NOW.\n\n" + outlook_quote("en-request-optout-marketing-stop-emailing.eml"),
     label=fu("en-request-optout-marketing-stop-emailing.eml", "en", "angry follow-up repeating the opt-out"))

Mail("en-followup-privacyhelpers-status.eml",
     frm="Privacy Helpers Inc. <requests@privacyhelpers.example>",
     subject="RE: CCPA Request to Delete and Opt-Out on behalf of Dana Whitfield - status request",
     date="2026-11-23 10:00 -0800", client="outlook", irt="en-request-agent-ccpa-deletion-pdf.eml",
     text="Hello,\n\nPlease provide a status update for our reference PH-77412 (consumer Dana Whitfield).\n\n"
          "Privacy Helpers Inc.\n\n" + outlook_quote("en-request-agent-ccpa-deletion-pdf.eml"),
     label=fu("en-request-agent-ccpa-deletion-pdf.eml", "en", "agent status chaser"))

Mail("en-followup-attorney-confirm-receipt.eml",
     frm="Margaret Li, Esq. <mli@lilawgroup.example>", subject="RE: Client: Trevor Banks - Request to Know and Delete",
     date="2026-11-19 09:05 -0800", client="outlook", irt="en-request-agent-attorney-letter.eml",
     text="Please confirm receipt of the below request at your earliest convenience.\n\nMargaret Li\n\n"
          + outlook_quote("en-request-agent-attorney-letter.eml"),
     label=fu("en-request-agent-attorney-letter.eml", "en", "attorney asks for confirmation of receipt"))

Mail("en-followup-daniel-notarized-poa.eml",
     frm="Daniel Sorensen <dan.sorensen@example.com>", subject="Re: Request on behalf of my mother",
     date="2026-11-06 10:20 -0600", client="gmail", irt="en-request-agent-family-member.eml",
     attachments=[pdf("Sorensen_POA_notarized.pdf", "notarized POA")],
     text="Here is the full notarized power of attorney as a PDF, in case the photo wasn't readable.\n\nDan\n\n"
          + quote("en-request-agent-family-member.eml"),
     label=fu("en-request-agent-family-member.eml", "en", "agent (family member) sends further proof"))

Mail("en-followup-zoe-extra-identifier.eml",
     frm="Zoe Adeyemi <zoe.adeyemi@example.com>", subject="Re: Do Not Sell or Share My Personal Information",
     date="2026-11-02 09:31 -0800", client="gmail", irt="en-request-optout-sale-dnss.eml",
     text="Forgot to add - I also used zoe.a.design@example.com for one order in 2025, please apply the opt-out "
          "to that address as well.\n\n" + quote("en-request-optout-sale-dnss.eml"),
     label=fu("en-request-optout-sale-dnss.eml", "en", "adds a second email address 20 minutes later"))

Mail("en-followup-ian-order-number.eml",
     frm="Ian McAllister <ian.mcallister@btinternet.example>", subject="Re: Subject access request",
     date="2026-11-10 12:00 +0000", client="thunderbird", irt="en-request-access-uk-sar.eml",
     text="Sorry, meant to include my order number: 9901. Ian\n\n" + quote("en-request-access-uk-sar.eml"),
     label=fu("en-request-access-uk-sar.eml", "en", "adds order number"))

Mail("es-followup-pablo-references-only.eml",
     frm="Pablo Gil <pablo.gil@example.es>", subject="Re: Rectificación de datos",
     date="2026-11-09 09:40 +0100", client="gmail", irt="es-request-rectificacion-html.eml", no_irt_header=True,
     refs=["es-request-rectificacion-html.eml"],
     text="Hola, ¿han podido corregir mis datos? Gracias.\n\nPablo\n",
     label=fu("es-request-rectificacion-html.eml", "es", "References header only"))

Mail("en-followup-olu-second-notice.eml",
     frm="Olu Martins <olu.martins@example.co.uk>", subject="RE: FORMAL COMPLAINT - ignored erasure request",
     date="2026-11-24 09:00 +0000", client="outlook", irt="en-request-complaint-ignored-deletion.eml",
     text="Second notice. Still nothing from you. Olu Martins\n\n" + outlook_quote("en-request-complaint-ignored-deletion.eml"),
     label=fu("en-request-complaint-ignored-deletion.eml", "en", "second notice on a complaint"))

# ------------------------------------------------------------------ form requester replies to our ack

outgoing("en-outgoing-ack-harper-form.eml", "en-request-form-deletion-noreply.eml", "2026-11-04 09:00 -0600",
         dedent("""
            Hi Harper,

            We received your request through our website to delete your personal information. Please reply to
            this email to confirm that you submitted it; we will then delete your account within 45 days.

            3DPros Privacy Team

            Ref: {PD:en-request-form-deletion-noreply.eml}
            """), subject="Your privacy request [{PD:en-request-form-deletion-noreply.eml}]",
         to="Harper Lin <harper.lin@example.com>")

Mail("en-followup-harper-confirms.eml",
     frm="Harper Lin <harper.lin@example.com>", subject="Re: Your privacy request [{PD:en-request-form-deletion-noreply.eml}]",
     date="2026-11-04 12:15 -0600", client="yahoo", irt="en-outgoing-ack-harper-form.eml",
     text="Yes, that was me. Thanks!\nHarper\n\n" + quote("en-outgoing-ack-harper-form.eml"),
     label=fu("en-request-form-deletion-noreply.eml", "en",
              "form requester (person in the fields) confirms; joins although the request came from no-reply"))

# ------------------------------------------------------------------ Lena token only (German)

outgoing("de-outgoing-ack-lena.eml", "de-request-datenuebertragbarkeit.eml", "2026-10-23 12:00 -0500",
         dedent("""
            Hallo Frau Schröder,

            danke für Ihre Anfrage zur Datenübertragbarkeit. Wir senden Ihnen die Daten innerhalb eines Monats
            als CSV-Datei. Bitte bestätigen Sie kurz, an welche E-Mail-Adresse die Datei gehen soll.

            Viele Grüße
            3DPros Team

            Ref: {PD:de-request-datenuebertragbarkeit.eml}
            """), subject="AW: Datenübertragbarkeit [{PD:de-request-datenuebertragbarkeit.eml}]", lang="de")

Mail("de-followup-lena-token-no-headers.eml",
     frm="Lena Schröder <lena.schroeder@mailbox.example>",
     subject="AW: AW: Datenübertragbarkeit [{PD:de-request-datenuebertragbarkeit.eml}]",
     date="2026-10-24 09:10 +0200", client="webde",
     text="Hallo, bitte an diese Adresse (lena.schroeder@mailbox.example). Danke, Lena\n",
     label=fu("de-request-datenuebertragbarkeit.eml", "de",
              "webmail dropped threading headers; token in subject from the requester"))

# ------------------------------------------------------------------ Regula (Swiss) reply

outgoing("de-outgoing-ack-regula.eml", "de-request-auskunft-loeschung-schweiz.eml", "2026-11-02 10:40 -0600",
         dedent("""
            Guten Tag Frau Meier

            Wir haben Ihr Auskunfts- und Löschbegehren erhalten und werden es innert 30 Tagen beantworten.
            Bitte bestätigen Sie uns die Lieferadresse Ihrer letzten Bestellung.

            Freundliche Grüsse
            3DPros Team

            Ref: {PD:de-request-auskunft-loeschung-schweiz.eml}
            """), lang="de")

Mail("de-followup-regula-adresse.eml",
     frm="Regula Meier <regula.meier@bluewin.example>",
     subject="AW: Auskunft und Löschung (DSG) [{PD:de-request-auskunft-loeschung-schweiz.eml}]",
     date="2026-11-03 08:05 +0100", client="outlook", irt="de-outgoing-ack-regula.eml",
     refs=["de-request-auskunft-loeschung-schweiz.eml", "de-outgoing-ack-regula.eml"],
     text="Guten Tag\n\nDie Lieferadresse war Bahnhofstrasse 5, 3011 Bern.\n\nFreundliche Grüsse\nRegula Meier\n\n"
          + outlook_quote("de-outgoing-ack-regula.eml"),
     label=fu("de-request-auskunft-loeschung-schweiz.eml", "de", "Swiss requester confirms address"))

# ------------------------------------------------------------------ Olivia: our ack (her auto-reply is in negatives)

outgoing("en-outgoing-ack-olivia-deletion.eml", "en-request-deletion-reply-to-order-thread.eml",
         "2026-11-16 09:20 -0600",
         dedent("""
            Hi Olivia,

            Thanks - we've noted your request to delete your account and personal information once order
            #10482 is complete. We'll confirm when it's done.

            3DPros Team

            Ref: {PD:en-request-deletion-reply-to-order-thread.eml}
            """))
