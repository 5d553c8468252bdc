"""The demo mailbox (resources/demo/): a month of the 3DPros team inbox, written separately from the
evaluation set so that tuning on the demo never sees evaluation texts.

Follow-ups thread by In-Reply-To to the request itself (the demo importer numbers requests in import
order, so tokens are avoided here).
"""

from __future__ import annotations

import mailkit
from mailkit import Mail, Part, dedent, fmt_addr, fu, jpeg, neg, outlook_quote, pdf, quote, req, rfc822, stl

mailkit.SALT = "demo:"

INTRO = """\
# Demo mailbox

{n} messages written for PrivacyDesk's `--demo` mode: about five weeks (20 Oct – 24 Nov 2026; the
demo importer moves the dates so that the newest message is "today") of the 3DPros LLC team inbox
`3dprosteam@gmail.com`. It tells the story a new user should see on first start: privacy requests of
every type in English, German, French, Spanish, Italian and Dutch arriving among orders, supplier
invoices, quotes, newsletters and the usual automated noise, some requesters writing again, agents and
website-form submissions.

The texts are NOT the evaluation set's (`tests/data/mail/`); keep it that way so that tuning on the demo
does not leak into the evaluation. Regenerate with `.venv/bin/python tests/data/mail/tools/build.py demo`
(the source is `tests/data/mail/tools/demo_msgs.py`); the `.eml` files are the product.

Follow-ups thread by `In-Reply-To`/`References` to the requester's original message (no `[PD-…]`
tokens, because the demo numbers requests in import order).

Summary: {summary}

| file | what it shows | expected |
|------|---------------|----------|
"""

# ================================================================== requests

Mail("en-request-deletion-close-account.eml",
     frm="Megan Harlow <megan.harlow@example.com>", subject="Close my account please",
     date="2026-10-22 18:30 -0500", client="gmail",
     text=dedent("""
        Hi 3DPros,

        I don't need my account anymore. Please close it and delete my personal information - name,
        addresses, order history, all of it.

        Thanks,
        Megan Harlow
        """),
     label=req(["deletion"], [], "en", "Megan Harlow", "megan.harlow@example.com",
               "Plain deletion request from a past customer"))

Mail("en-request-form-deletion.eml",
     frm="3DPros Website <no-reply@3dpros.com>", subject="New Data Subject Request submission",
     date="2026-10-25 11:12 -0500", client="form", reply_to="Carlos Mendez <carlos.mendez@example.net>",
     text=dedent("""
        A new submission was received through the Data Subject Request form on www.3dpros.com.

        Full Name: Carlos Mendez
        Email: carlos.mendez@example.net
        Phone: 512-555-0121
        Country / State: United States / Texas
        I am: The data subject
        Request Type: Delete my personal information
        Details: Made an account for a quote in 2024, never ordered.
        Confirm: I confirm the information is accurate

        --
        Sent from https://www.3dpros.com/privacy-request/
        """),
     label=req(["deletion"], ["tx_tdpsa"], "en", "Carlos Mendez", "carlos.mendez@example.net",
               "Website form notification from no-reply@3dpros.com; requester is the person in the fields", form=True))

Mail("de-request-auskunft.eml",
     frm=fmt_addr("Günther Pfeiffer", "g.pfeiffer@gmx.example"), subject="Auskunft über meine gespeicherten Daten",
     date="2026-10-27 09:05 +0100", client="webde", charset="iso-8859-1",
     text=dedent("""
        Sehr geehrte Damen und Herren,

        bitte erteilen Sie mir gemäß Art. 15 DSGVO Auskunft darüber, welche personenbezogenen Daten Sie
        über mich gespeichert haben, woher diese stammen und an wen sie weitergegeben wurden. Bitte senden
        Sie mir auch eine Kopie der Daten.

        Ich habe im Frühjahr zwei Ersatzteile für meinen Rasenmäher bei Ihnen bestellt.

        Mit freundlichen Grüßen
        Günther Pfeiffer
        Kastanienweg 3, 90402 Nürnberg
        """),
     label=req(["access"], ["gdpr"], "de", "Günther Pfeiffer", "g.pfeiffer@gmx.example",
               "German access request (Art. 15 DSGVO), iso-8859-1"))

Mail("en-request-agent-ccpa-delete-optout.eml",
     frm="ClearTrail Privacy <agent@cleartrail.example>",
     subject="Authorized agent request - delete & do not sell - Jordan Ellis", date="2026-10-29 08:00 -0700",
     client="outlook", auto_html=True,
     text=dedent("""
        Dear 3DPros LLC,

        ClearTrail Privacy acts as the authorized agent of the California consumer below (CCPA, Cal. Civ.
        Code §§ 1798.105 and 1798.120; 11 CCR § 7063). The consumer asks you to delete their personal
        information and to stop selling or sharing it.

        Consumer: Jordan Ellis
        Email: jordan.ellis@example.org
        City: San Diego, CA

        The consumer's signed authorization is attached. Our case number is CT-30918.

        ClearTrail Privacy - Agent Desk
        """),
     attachments=[pdf("CT-30918_signed_authorization.pdf", "authorization")],
     label=req(["deletion", "opt_out_sale"], ["ccpa"], "en", "Jordan Ellis", "jordan.ellis@example.org",
               "Authorized agent with signed authorization PDF",
               agent=("ClearTrail Privacy", "agent@cleartrail.example"),
               agent_for=("Jordan Ellis", "jordan.ellis@example.org")))

Mail("en-request-access-california.eml",
     frm="Ashley Romero <ashley.romero@example.com>", subject="What info do you have on me?",
     date="2026-11-02 20:15 -0800", client="apple",
     text=dedent("""
        Hello! I'm a California resident and I'd like to know what personal information 3DPros has
        collected about me, where it came from, and whether you've shared it with anyone.

        Ashley

        Sent from my iPhone
        """),
     label=req(["access"], ["ccpa"], "en", "Ashley Romero", "ashley.romero@example.com",
               "CCPA right to know, informal"))

Mail("en-request-portability-uk.eml",
     frm="Oliver Bennett <oliver.bennett@example.co.uk>", subject="Data portability request",
     date="2026-11-03 10:40 +0000", client="outlook",
     text=dedent("""
        Good morning,

        Under Article 20 of the UK GDPR I'd like to receive the personal data I provided to 3DPros (account,
        addresses, order history) in a structured, machine-readable format, CSV or JSON please.

        Kind regards,
        Oliver Bennett
        Sheffield
        """),
     label=req(["portability"], ["uk_gdpr"], "en", "Oliver Bennett", "oliver.bennett@example.co.uk",
               "UK GDPR portability, Outlook quoted-printable"))

Mail("fr-request-effacement.eml",
     frm="Margaux Lefèvre <margaux.lefevre@orange.example>", subject="Demande de suppression de mes données",
     date="2026-11-05 14:22 +0100", client="thunderbird",
     text=dedent("""
        Bonjour,

        Conformément à l'article 17 du RGPD, je vous demande d'effacer toutes les données personnelles me
        concernant et de fermer mon compte client.

        Merci de me confirmer la suppression.

        Margaux Lefèvre
        Bordeaux
        """),
     label=req(["deletion"], ["gdpr"], "fr", "Margaux Lefèvre", "margaux.lefevre@orange.example",
               "French erasure request"))

Mail("en-request-shine-the-light.eml",
     frm="Howard Kim <howard.kim@example.net>", subject="Shine the Light request",
     date="2026-11-06 09:30 -0800", client="gmail",
     text=dedent("""
        Hello,

        Pursuant to California Civil Code § 1798.83, please tell me what categories of my personal
        information you disclosed to third parties for their direct marketing purposes in 2025, and the
        names and addresses of those third parties.

        Howard Kim
        Fremont, CA 94538
        """),
     label=req(["shine_the_light"], ["ca_shine_the_light"], "en", "Howard Kim", "howard.kim@example.net",
               "California Shine the Light (§ 1798.83)"))

Mail("es-request-baja-publicidad.eml",
     frm="Valentina Cruz <valentina.cruz@example.es>", subject="Darme de baja",
     date="2026-11-09 21:05 +0100", client="gmail",
     text="Hola, no quiero recibir más correos con ofertas ni newsletters. Por favor, eliminad mi email de vuestra lista de marketing. Gracias, Valentina\n",
     label=req(["opt_out_marketing"], [], "es", "Valentina Cruz", "valentina.cruz@example.es",
               "Spanish marketing opt-out"))

Mail("en-request-form-do-not-sell.eml",
     frm="3DPros <3dprosteam@gmail.com>", subject="[3DPros] Privacy request from Brandon Lee",
     date="2026-11-10 16:48 -0600", client="form", reply_to="brandon.lee@example.com",
     text=dedent("""
        Name: Brandon Lee
        Email: brandon.lee@example.com
        Request: Do not sell or share my personal information
        State of residence: California
        Message: Also please stop any targeted ads.

        ---
        This e-mail was sent from the contact form on 3DPros (https://www.3dpros.com)
        """),
     label=req(["opt_out_sale"], ["ccpa"], "en", "Brandon Lee", "brandon.lee@example.com",
               "Form notification sent from the team's own address", form=True))

Mail("en-request-correction-email-name.eml",
     frm="Patricia Dunn <patricia.dunn@example.org>", subject="Your records have my name wrong",
     date="2026-11-11 13:00 -0600", client="yahoo",
     text=dedent("""
        Hello,
        My customer profile says "Patrica Dun" and has an old phone number. Please correct my personal
        information: Patricia Dunn, phone 737-555-0164.
        Thank you,
        Patricia
        """),
     label=req(["correction"], [], "en", "Patricia Dunn", "patricia.dunn@example.org",
               "Correction of name and phone in the customer record"))

Mail("de-request-einschraenkung.eml",
     frm="Sabine Krüger <sabine.krueger@example.de>", subject="Einschränkung der Verarbeitung meiner Daten",
     date="2026-11-12 08:45 +0100", client="outlook", charset="windows-1252",
     text=dedent("""
        Guten Tag,

        ich bestreite die Richtigkeit der bei Ihnen hinterlegten Rechnungsdaten. Bis das geklärt ist, bitte
        ich gemäß Art. 18 DSGVO um Einschränkung der Verarbeitung meiner Daten – bitte nichts löschen.

        Freundliche Grüße
        Sabine Krüger
        Hannover
        """),
     label=req(["restriction"], ["gdpr"], "de", "Sabine Krüger", "sabine.krueger@example.de",
               "German restriction request (Art. 18), windows-1252"))

Mail("fr-request-opposition-analyse.eml",
     frm="Thomas Girard <thomas.girard@example.fr>", subject="Opposition au traitement",
     date="2026-11-14 10:10 +0100", client="apple",
     text=dedent("""
        Bonjour,

        Je m'oppose au traitement de mes données personnelles à des fins d'analyse de ma navigation et de
        profilage, fondé sur votre intérêt légitime (article 21.1 du RGPD).

        Cordialement,
        Thomas Girard
        """),
     label=req(["objection"], ["gdpr"], "fr", "Thomas Girard", "thomas.girard@example.fr",
               "French objection to analytics/profiling"))

Mail("en-request-withdraw-consent-photos.eml",
     frm="Nicole Baxter <nicole.baxter@example.com>", subject="Please stop using my photos",
     date="2026-11-16 12:00 -0600", client="gmail", html_only=True,
     text=dedent("""
        Hi,

        Last spring I agreed that you could use photos of my wedding cake toppers and my name on your
        Instagram. I'm withdrawing that consent - please take them down and don't use them again.

        Nicole
        """),
     label=req(["withdraw_consent"], [], "en", "Nicole Baxter", "nicole.baxter@example.com",
               "HTML-only Gmail message withdrawing consent"))

Mail("nl-request-inzage.eml",
     frm="Daan Koster <daan.koster@example.nl>", subject="Inzage persoonsgegevens",
     date="2026-11-17 09:20 +0100", client="gmail",
     text="Beste 3DPros,\n\nGraag ontvang ik een kopie van alle persoonsgegevens die jullie van mij hebben (art. 15 AVG).\n\nGroet,\nDaan Koster\n",
     label=req(["access"], ["gdpr"], "nl", "Daan Koster", "daan.koster@example.nl", "Dutch access request"))

Mail("en-request-agent-attorney.eml",
     frm="Rosen & Park LLP <privacy@rosenpark.example>", subject="Request to Know on behalf of our client Kevin Tran",
     date="2026-11-17 15:30 -0800", client="outlook",
     text=dedent("""
        Dear 3DPros LLC:

        We represent Kevin Tran (kevin.tran@example.com) of Sunnyvale, California. Pursuant to Cal. Civ.
        Code § 1798.110, please disclose the specific pieces of personal information you have collected
        about Mr. Tran. A copy of his signed authorization will follow under separate cover.

        Sincerely,
        Rosen & Park LLP
        """),
     label=req(["access"], ["ccpa"], "en", "Kevin Tran", "kevin.tran@example.com",
               "Law firm as authorized agent, authorization to follow",
               agent=("Rosen & Park LLP", "privacy@rosenpark.example"),
               agent_for=("Kevin Tran", "kevin.tran@example.com")))

Mail("en-request-optout-gpc.eml",
     frm="Ryan Foster <ryan.foster@example.net>", subject="Opt-out of sale/sharing (GPC)",
     date="2026-11-18 22:00 -0800", client="thunderbird",
     text=dedent("""
        Hi,

        I use Global Privacy Control in my browser. As a California resident, please treat this email as my
        opt-out of the sale and sharing of my personal information as well.

        Ryan Foster
        """),
     label=req(["opt_out_sale"], ["ccpa"], "en", "Ryan Foster", "ryan.foster@example.net",
               "GPC-based opt-out of sale/sharing"))

Mail("en-request-unsubscribe.eml",
     frm="Gary Whitmore <gary.whitmore@example.com>", subject="unsubscribe",
     date="2026-11-19 07:10 -0600", client="yahoo",
     text="Please unsubscribe me from your emails.\n",
     label=req(["opt_out_marketing"], [], "en", "Gary Whitmore", "gary.whitmore@example.com", "One-line unsubscribe"))

Mail("en-request-minor-removal.eml",
     frm="Lily Chen <lilychen.makes@example.com>", subject="please remove my gallery post",
     date="2026-11-20 17:40 -0800", client="gmail",
     text=dedent("""
        hi, I'm 15 and I live in California. I posted a photo of my dice tower in your customer gallery
        with my username lilymakes. can you take it down please? I don't want it online anymore.

        lily
        """),
     label=req(["minor_removal"], ["ccpa"], "en", "Lily Chen", "lilychen.makes@example.com",
               "California minor asks removal of content she posted"))

Mail("en-request-complaint-spam.eml",
     frm="Martin Hughes <martin.hughes@example.co.uk>", subject="Complaint about your handling of my data",
     date="2026-11-21 11:15 +0000", client="outlook",
     text=dedent("""
        Dear 3DPros,

        I asked in October to be removed from your marketing and I'm still getting emails, and one of them
        was addressed to someone else's name with my address in it. I want to make a formal complaint about
        how you are handling my personal data, and I expect a written explanation.

        Martin Hughes
        Leeds, UK
        """),
     label=req(["complaint"], ["uk_gdpr"], "en", "Martin Hughes", "martin.hughes@example.co.uk",
               "Privacy complaint (UK)"))

Mail("en-request-form-access-texas.eml",
     frm="3DPros Website <no-reply@3dpros.com>", subject="New Data Subject Request submission",
     date="2026-11-22 09:55 -0600", client="form", reply_to="Rebecca Ortiz <rebecca.ortiz@example.com>",
     text=dedent("""
        A new submission was received through the Data Subject Request form on www.3dpros.com.

        Full Name: Rebecca Ortiz
        Email: rebecca.ortiz@example.com
        Country / State: United States / Texas
        I am: The data subject
        Request Type: Access my personal information; Correct my information
        Details: My shipping name is misspelled (Rebeca). Please send what you have and fix it.
        Confirm: I confirm the information is accurate

        --
        Sent from https://www.3dpros.com/privacy-request/
        """),
     label=req(["access", "correction"], ["tx_tdpsa"], "en", "Rebecca Ortiz", "rebecca.ortiz@example.com",
               "Form with two request types, Texas", form=True))

Mail("es-request-acceso-y-borrado.eml",
     frm="Sergio Ramos Vidal <sergio.vidal@example.es>", subject="Mis datos personales",
     date="2026-11-23 19:30 +0100", client="outlook", auto_html=True,
     text=dedent("""
        Buenas tardes:

        Les solicito, conforme al RGPD, una copia de los datos personales que tienen sobre mí y, una vez
        enviada, la supresión de todos ellos.

        Un saludo,
        Sergio Ramos Vidal
        Sevilla
        """),
     label=req(["access", "deletion"], ["gdpr"], "es", "Sergio Ramos Vidal", "sergio.vidal@example.es",
               "Spanish access + deletion"))

Mail("it-request-cancellazione.eml",
     frm="Elena Rinaldi <elena.rinaldi@example.it>", subject="Cancellazione account",
     date="2026-11-24 08:30 +0100", client="apple",
     text="Buongiorno, vi chiedo di cancellare il mio account e tutti i dati personali che avete su di me. Grazie, Elena Rinaldi\n",
     label=req(["deletion"], [], "it", "Elena Rinaldi", "elena.rinaldi@example.it", "Italian deletion request"))

_inner_fwd = Mail("_inner-demo-forwarded.eml", frm="Peter Walsh <peter.walsh@example.com>",
                  to="Rachel Kim <rachel@3dpros.com>", subject="my data", date="2026-11-13 07:50 -0600",
                  client="gmail", text="Hi Rachel, can you make sure 3DPros deletes my info and stops emailing me? Thanks, Peter\n")

Mail("en-request-forwarded-by-staff.eml",
     frm="Rachel Kim <rachel@3dpros.com>", subject="FW: my data", date="2026-11-13 08:30 -0600",
     client="outlook", text="Came to my own inbox - forwarding to the team account. Rachel\n",
     attachments=[rfc822(_inner_fwd)],
     label=req(["deletion", "opt_out_marketing"], [], "en", "Peter Walsh", "peter.walsh@example.com",
               "Staff forward with the customer's mail attached (message/rfc822)"))

# ================================================================== follow-ups (In-Reply-To)

Mail("en-followup-megan-any-update.eml",
     frm="Megan Harlow <megan.harlow@example.com>", subject="Re: Close my account please",
     date="2026-11-12 09:00 -0600", client="gmail", irt="en-request-deletion-close-account.eml",
     text="Hi, just checking whether my account has been deleted yet?\n\n" + quote("en-request-deletion-close-account.eml"),
     label=fu("en-request-deletion-close-account.eml", "en", "Follow-up: 'any update?' replying to her own request"))

Mail("de-followup-ausweis.eml",
     frm=fmt_addr("Günther Pfeiffer", "g.pfeiffer@gmx.example"), subject="AW: Auskunft über meine gespeicherten Daten",
     date="2026-10-30 10:00 +0100", client="webde", charset="iso-8859-1", irt="de-request-auskunft.eml",
     attachments=[jpeg("Ausweis_geschwaerzt.jpg")],
     text="Guten Tag,\n\nanbei eine geschwärzte Kopie meines Ausweises zur Bestätigung meiner Identität.\n\nMfG\nG. Pfeiffer\n\n"
          + quote("de-request-auskunft.eml", lang="de"),
     label=fu("de-request-auskunft.eml", "de", "Follow-up with an ID document attached (German)"))

Mail("en-followup-agent-status.eml",
     frm="ClearTrail Privacy <agent@cleartrail.example>",
     subject="RE: Authorized agent request - delete & do not sell - Jordan Ellis", date="2026-11-16 08:00 -0800",
     client="outlook", irt="en-request-agent-ccpa-delete-optout.eml",
     text="Hello,\n\nPlease confirm receipt and the status of case CT-30918.\n\nClearTrail Privacy\n\n"
          + outlook_quote("en-request-agent-ccpa-delete-optout.eml"),
     label=fu("en-request-agent-ccpa-delete-optout.eml", "en", "Follow-up from the agent"))

Mail("en-followup-ashley-second-email.eml",
     frm="Ashley Romero <ashley.romero@example.com>", subject="Re: What info do you have on me?",
     date="2026-11-03 08:05 -0800", client="apple", irt="en-request-access-california.eml",
     text="Forgot to mention - I also ordered once with ashley.r.designs@example.com, please include that too.\n\n"
          + quote("en-request-access-california.eml"),
     label=fu("en-request-access-california.eml", "en", "Follow-up adding a second email address"))

Mail("en-followup-attorney-authorization.eml",
     frm="Rosen & Park LLP <privacy@rosenpark.example>", subject="RE: Request to Know on behalf of our client Kevin Tran",
     date="2026-11-19 10:00 -0800", client="outlook", irt="en-request-agent-attorney.eml",
     attachments=[pdf("Tran_authorization.pdf", "authorization")],
     text="Please find Mr. Tran's signed authorization attached.\n\nRosen & Park LLP\n\n"
          + outlook_quote("en-request-agent-attorney.eml"),
     label=fu("en-request-agent-attorney.eml", "en", "Agent sends the authorization as a follow-up"))

# ================================================================== business mail

Mail("en-negative-new-order.eml",
     frm="3DPros Shop <no-reply@3dpros.com>", subject="[3DPros] New order #10601",
     date="2026-10-21 12:10 -0500", client="form",
     text=dedent("""
        You have received a new order from Hannah Brooks.

        Order #10601 (October 21, 2026)
        Planter with drainage tray - terracotta PLA   1   $28.00
        Shipping: USPS Ground Advantage                    $7.20
        Total:                                            $35.20

        Billing address
        Hannah Brooks, 900 Oak St, Round Rock, TX 78664
        """),
     label=neg("en", "Shop order notification"))

Mail("en-negative-supplier-invoice.eml",
     frm="Lone Star Filament Co. <billing@lonestarfilament.example>", subject="Invoice 2026-1147",
     date="2026-10-23 07:00 -0500", client="outlook", attachments=[pdf("Invoice_2026-1147.pdf")],
     text="Hello 3DPros,\n\nAttached is invoice 2026-1147 for 24 spools of PETG (Net 30).\n\nThanks!\nLone Star Filament Co.\n",
     label=neg("en", "Supplier invoice with PDF"))

Mail("en-negative-quote-request.eml",
     frm="Derek Simmons <derek@simmonsrobotics.example>", subject="Quote for 30 sensor housings",
     date="2026-10-26 15:30 -0500", client="gmail", attachments=[stl("sensor_housing_rev3.stl")],
     text="Hi,\n\nCould you quote 30 of the attached housing in ASA, black? Need them in two weeks.\n\nDerek Simmons\nSimmons Robotics\n",
     label=neg("en", "Quote request with STL"))

Mail("en-negative-delete-my-order.eml",
     frm="Tina Howell <tina.howell@example.com>", subject="delete my order",
     date="2026-10-28 21:00 -0500", client="gmail",
     text="hi can you delete my order #10612? I ordered the same thing twice by accident. thanks tina\n",
     label=neg("en", "Hard negative: 'delete my order' is an order cancellation"))

Mail("en-negative-shipping-update.eml",
     frm="USPS Informed Delivery <usps@informeddelivery.example>", subject="Your package is out for delivery",
     date="2026-10-31 08:00 -0500", client="form",
     html="<html><body><p>Tracking 9400 1000 0000 0000 0000 00 is out for delivery to PFLUGERVILLE, TX 78660.</p></body></html>\n",
     label=neg("en", "Carrier notice, HTML only"))

Mail("en-negative-newsletter-vendor.eml",
     frm="MakerSupply Weekly <news@makersupply.example>", subject="This week: nozzle sale + new resin colors",
     date="2026-11-01 09:00 -0500", client="form",
     headers=[("List-Id", "MakerSupply Weekly <weekly.makersupply.example>"), ("Precedence", "bulk"),
              ("List-Unsubscribe", "<https://makersupply.example/unsubscribe>")],
     text="Nozzles 30% off, new translucent resin colors, and a guide to printing TPU.\n\nUnsubscribe: https://makersupply.example/unsubscribe | Privacy policy: https://makersupply.example/privacy\n",
     label=neg("en", "Vendor newsletter with list headers", automated="list"))

Mail("en-negative-update-delivery-address.eml",
     frm="Jorge Alvarez <jorge.alvarez@example.net>", subject="change address on my order",
     date="2026-11-04 10:30 -0600", client="yahoo",
     text="Hi, please update the delivery address on order #10633 to 77 Pecan St, Hutto TX 78634. Thanks, Jorge\n",
     label=neg("en", "Hard negative: update delivery address on an order"))

Mail("en-negative-privacy-question.eml",
     frm="Amanda Price <amanda.price@example.org>", subject="question about your privacy policy",
     date="2026-11-07 13:20 -0600", client="gmail",
     text="Hi! Quick question before I order: do you share customer emails with any advertisers? Just want to know how my info is used. Thanks, Amanda\n",
     label=neg("en", "A question about the privacy notice, not a request"))

Mail("de-negative-bestellung.eml",
     frm="Markus Lang <markus.lang@example.de>", subject="Anfrage: Ersatzknöpfe für Kaffeemaschine",
     date="2026-11-08 11:00 +0100", client="webde",
     text="Hallo,\n\nkönnen Sie 6 Drehknöpfe nach meiner Zeichnung drucken und nach Deutschland schicken? Was würde das kosten?\n\nGruß\nMarkus Lang\n",
     label=neg("de", "German customer inquiry"))

Mail("en-negative-job-application.eml",
     frm="Tyler Nash <tyler.nash@example.com>", subject="Part-time print tech position",
     date="2026-11-10 08:20 -0600", client="gmail", attachments=[pdf("Tyler_Nash_CV.pdf")],
     text="Hello,\n\nI'm interested in the part-time technician role. I run four printers at home and study mechanical engineering at ACC. CV attached.\n\nTyler Nash\n",
     label=neg("en", "Job application"))

Mail("fr-negative-devis.eml",
     frm="Claire Dubois <claire.dubois@example.fr>", subject="Devis figurines",
     date="2026-11-11 10:00 +0100", client="gmail",
     text="Bonjour, combien coûterait l'impression de 12 figurines en résine (8 cm) avec envoi en France ? Merci, Claire\n",
     label=neg("fr", "French quote request"))

Mail("en-negative-github.eml",
     frm="Evan Cho <notifications@github.example>", to="3dpros/website <website@noreply.github.example>",
     subject="[3dpros/website] Fix checkout tax for Travis County (#57)", date="2026-11-13 18:00 +0000",
     client="form", cc="3dprosteam@gmail.com",
     headers=[("List-ID", "3dpros/website <website.3dpros.github.example>"), ("X-GitHub-Reason", "subscribed")],
     text="evancho pushed 2 commits to fix-tax.\n\nView it on GitHub: https://github.example/3dpros/website/pull/57\n",
     label=neg("en", "GitHub notification", automated="list"))

Mail("en-negative-spam.eml",
     frm="Crypto Rewards <rewards@bonus-claim.example>", subject="You have 0.5 BTC waiting - claim now",
     date="2026-11-15 03:00 +0000", client="mutt",
     text="Dear user, your wallet has unclaimed rewards. Verify your account within 24h: hxxp://bonus-claim.example/claim\n",
     label=neg("en", "Spam"))

Mail("es-negative-pedido.eml",
     frm="Lucía Romero <lucia.romero@example.mx>", subject="Pedido de llaveros",
     date="2026-11-18 12:00 -0600", client="gmail",
     text="Hola, quiero pedir 25 llaveros con el logo de mi tienda. ¿Cuánto tardan en hacerlos? Gracias, Lucía\n",
     label=neg("es", "Spanish order inquiry"))

Mail("en-negative-supplier-invoice-resin.eml",
     frm="Accounts - Resin Direct <accounts@resindirect.example>", subject="Your Resin Direct invoice RD-22817",
     date="2026-11-20 06:30 -0500", client="form", auto_html=True, attachments=[pdf("RD-22817.pdf")],
     text="Thank you for your order. Invoice RD-22817 ($312.40) is attached. Payment due December 20, 2026.\n",
     label=neg("en", "Second supplier invoice"))

Mail("en-negative-law-firm-marketing.eml",
     frm="Brightline Compliance <hello@brightline-compliance.example>",
     subject="3 CCPA mistakes small businesses make with deletion requests", date="2026-11-22 10:00 -0500",
     client="form", html_only=True,
     text="Do you know how fast you must answer a request to delete or a Do Not Sell request? Download our free CCPA checklist.\n\nUnsubscribe",
     label=neg("en", "Hard negative: compliance marketing with request vocabulary"))

# ================================================================== automated

Mail("en-automated-out-of-office.eml",
     frm="Derek Simmons <derek@simmonsrobotics.example>", subject="Automatic reply: Re: Quote for 30 sensor housings",
     date="2026-10-27 09:00 -0500", client="outlook", headers=[("Auto-Submitted", "auto-replied")],
     text="I'm at a trade show until Nov 2 and will reply when I'm back.\n",
     label=neg("en", "Out-of-office auto-reply", automated="auto_reply"))

Mail("de-automated-abwesenheit.eml",
     frm="Markus Lang <markus.lang@example.de>", subject="Abwesenheitsnotiz: Re: Anfrage: Ersatzknöpfe für Kaffeemaschine",
     date="2026-11-09 08:00 +0100", client="webde",
     text="Ich bin bis zum 16.11. im Urlaub und lese keine E-Mails.\n",
     label=neg("de", "German out-of-office, recognised by subject", automated="auto_reply"))

_bounced = Mail("_inner-demo-bounced.eml", frm="3DPros Team <3dprosteam@gmail.com>",
                to="megan.harlow@exampel.com", subject="Re: Close my account please", date="2026-10-23 09:00 -0500",
                client="gmail", received=False, irt="en-request-deletion-close-account.eml",
                text="Hi Megan, we received your request to delete your account. We'll confirm when it's done.\n\n3DPros Team\n")

Mail("en-automated-bounce.eml",
     frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to="3dprosteam@gmail.com",
     subject="Delivery Status Notification (Failure)", date="2026-10-23 09:01 -0500", client="gmail",
     pre_headers=[("Return-Path", "<>")], received=False, headers=[("X-Failed-Recipients", "megan.harlow@exampel.com")],
     body=Part("multipart/report", [
         Part("text/plain", "** Address not found **\n\nYour message wasn't delivered to megan.harlow@exampel.com because "
                            "the domain exampel.com couldn't be found. Check for typos or unnecessary spaces and try again.\n"),
         Part("message/delivery-status", b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; "
                                         b"megan.harlow@exampel.com\nAction: failed\nStatus: 5.1.2\n"),
         rfc822(_bounced),
     ], params={"report-type": "delivery-status"}),
     label=neg("en", "Bounce of our reply (typo in the address); its attached original mentions a deletion request",
               automated="bounce"))
