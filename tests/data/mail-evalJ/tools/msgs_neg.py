"""Negatives: customer-service and business mail worded like requests, phishing (hand-written)."""
from kit import Mail as M, N, dedent as d, pdf, jpeg, stl, ics

# ---- B2B data-processing questions, press, research: quote privacy law, ask for something else
M("en-negative-b2b-dpa-slicer-saas.eml", "outlook", "2027-05-03 14:00 +0100",
  "Legal Ops <legal@slicecloud.example>", "Action required: updated Data Processing Addendum (GDPR Art. 28)", d("""
Dear Customer,

As part of our annual compliance review, SliceCloud has updated its Data Processing Addendum to reflect the latest Standard Contractual Clauses and the UK International Data Transfer Addendum. Under Article 28 GDPR we are required to have a signed DPA in place with every customer whose account processes personal data of EU/UK residents.

Please review the attached DPA and countersign it via the link in your admin console by 30 June 2027. No action is needed if you have already signed version 4.2.

Kind regards,
SliceCloud Legal Operations
SliceCloud Ltd, London
"""), atts=[("SliceCloud_DPA_v4.2.pdf", "application/pdf", pdf("SliceCloud Data Processing Addendum v4.2"))],
  lab=N("Supplier asks us to sign a DPA; B2B, no data-subject request."))

M("en-negative-b2b-dental-lab-dpa-subprocessors.eml", "outlook", "2027-05-07 11:25 -0400",
  "Marguerite Osei <compliance@brightsmiledentallab.example>", "DPA / BAA and subprocessor list before we upload patient scans", d("""
Hello 3DPros team,

Bright Smile Dental Lab (Raleigh, NC) is looking to move our model printing to you. Before we upload any intraoral scans, our compliance policy requires a few things from any vendor handling patient data:

1. A signed Business Associate Agreement under HIPAA, or your standard DPA if you don't sign BAAs. Some of our referring dentists treat EU patients, so the DPA would need to cover Article 28 GDPR.
2. A list of your subprocessors (cloud storage, email, shipping).
3. Your data retention period for uploaded scan files and how files are deleted at the end of it.

We're not asking about any individual patient, just your standard terms. Could you send these over, or tell me who to talk to?

Thanks,
Marguerite Osei
Compliance Coordinator, Bright Smile Dental Lab
"""), lab=N("Dental lab asks for a BAA/DPA, subprocessors and retention terms; B2B due diligence."))

M("de-negative-avv-architekturbuero.eml", "plain", "2027-05-18 09:10 +0200",
  "Büro Kessler Architekten <info@kessler-architekten.example>", "Auftragsverarbeitungsvertrag vor Übermittlung der Pläne", d("""
Sehr geehrte Damen und Herren,

wir möchten bei Ihnen ein Wettbewerbsmodell (M 1:500) fertigen lassen. Die Planunterlagen enthalten auf den Schriftfeldern personenbezogene Daten unserer Bauherren. Nach Art. 28 DSGVO benötigen wir daher vorab einen Auftragsverarbeitungsvertrag (AVV) mit Ihnen.

Haben Sie ein eigenes Muster, oder sollen wir Ihnen unseres zusenden? Außerdem bitten wir um ein Angebot für das Modell; die Pläne senden wir nach Abschluss des AVV.

Mit freundlichen Grüßen
Dipl.-Ing. Regine Kessler
Büro Kessler Architekten, Stuttgart
"""), mailer="X-Mailer: Microsoft Outlook 16.0", lab=N("German architecture office wants an AVV (Art. 28) and a quote; B2B."))

M("it-negative-nomina-responsabile-trattamento.eml", "outlook", "2027-06-08 10:40 +0200",
  "Laboratorio Odontotecnico Bellini <amministrazione@labbellini.example>", "Nomina a responsabile del trattamento ex art. 28 GDPR", d("""
Spett.le 3DPros,

in qualità di titolare del trattamento dei dati dei nostri pazienti, vi trasmettiamo in allegato l'atto di nomina a responsabile del trattamento ai sensi dell'art. 28 del GDPR, relativo ai file di scansione che vi inviamo per la stampa dei modelli.

Vi chiediamo di restituircelo firmato entro fine mese.

Cordiali saluti,
Ufficio amministrazione
Laboratorio Odontotecnico Bellini, Bologna
"""), atts=[("Nomina_responsabile_3DPros.pdf", "application/pdf", pdf("Nomina responsabile del trattamento"))],
  lab=N("Italian dental lab sends a processor appointment to sign; B2B."))

M("en-negative-journalist-deletion-requests-story.eml", "gmail", "2027-05-20 13:15 -0500",
  "Corinne Vasquez <cvasquez@makersledger.example>", "Press inquiry: small shops and state privacy laws", d("""
Hi there,

I'm a reporter with The Makers' Ledger, a trade publication covering the 3D printing and maker economy. I'm working on a piece about how small print-on-demand shops are coping with the wave of state privacy laws (Texas TDPSA, Oregon, the CCPA and so on), in particular deletion and opt-out requests.

Would someone at 3DPros be willing to answer a few questions, on or off the record? For example: roughly how many privacy requests do you get a month, how do you verify them, and has a request from an agent service ever caused problems for you?

My deadline is June 3. Happy to do it by email or a 15-minute call.

Best,
Corinne Vasquez
Staff Reporter, The Makers' Ledger
"""), lab=N("Journalist asks for comment on privacy requests; quotes state laws; asks nothing about her own data."))

M("de-negative-journalistin-patientendaten.eml", "thunderbird", "2027-06-16 15:20 +0200",
  "Sabine Hartwig <s.hartwig@zahntechnik-magazin.example>", "Presseanfrage: Datenschutz bei Scan-Daten im Dentaldruck", d("""
Sehr geehrte Damen und Herren,

für die August-Ausgabe des Zahntechnik Magazins recherchiere ich zum Thema DSGVO und Intraoralscans, die Dentallabore an externe Druckdienstleister schicken.

Dürfte ich Ihnen dazu drei Fragen stellen? Etwa: Wie lange speichern Sie Scan-Dateien, werden sie pseudonymisiert, und wie gehen Sie mit Auskunftsersuchen von Patienten um?

Mit freundlichen Grüßen
Sabine Hartwig
Redaktion Zahntechnik Magazin, Frankfurt am Main
"""), lab=N("German trade journalist asks about practices; quotes DSGVO and Auskunftsersuchen but asks for comment only."))

M("en-negative-student-survey-gdpr-smes.eml", "gmail", "2027-06-01 10:05 +0100",
  "Aoife Brennan <aoife.brennan@student.ucd.example>", "Short survey on GDPR compliance in small online businesses (10 min)", d("""
Dear 3DPros team,

My name is Aoife and I'm a final-year MSc student in Information Systems at University College Dublin. My dissertation looks at how small e-commerce businesses handle GDPR obligations: privacy notices, data subject access requests, right to erasure, and consent for marketing.

I'd be extremely grateful if someone could fill in my anonymous survey (about 10 minutes): https://forms.example/ucd-gdpr-sme-2027

The study has ethics approval (ref. HS-E-27-114). No personal data about your customers is collected.

Thank you so much for considering it!
Aoife Brennan
"""), lab=N("Student survey about GDPR; names access/erasure rights but requests nothing."))

M("fr-negative-etudiante-questionnaire-rgpd.eml", "gmail", "2027-06-19 09:35 +0200",
  "Camille Roussel <camille.roussel@etu.univ-rennes.example>", "Questionnaire de mémoire sur le RGPD et l'impression 3D", d("""
Bonjour,

Je suis étudiante en master Droit du numérique à Rennes et je rédige un mémoire sur l'application du RGPD par les prestataires d'impression 3D (droit d'accès, droit à l'effacement, durée de conservation des fichiers).

Accepteriez-vous de répondre à un court questionnaire anonyme ? Voici le lien : https://enquete.example/rgpd-3d

Merci beaucoup pour votre aide,
Camille Roussel
"""), lab=N("French student survey; mentions access/erasure rights but asks for nothing about herself."))

M("en-negative-policy-question-stl-retention.eml", "apple", "2027-05-11 16:40 -0700",
  "Owen Castellano <owen@castellanoindustrial.example>", "How long do you keep uploaded files?", d("""
Hi,

Before I upload a prototype housing for a client (it's under NDA), can you tell me what your policy is on uploaded STL/3MF files? How long do you keep them after the print ships, and who at your company can access them?

I'm not asking you to delete anything, just want to know the policy before I send.

Thanks,
Owen
"""), lab=N("Asks what the file-retention policy says before uploading; asks nothing about his own data."))

M("en-negative-friend-asks-deletion-process.eml", "iphone", "2027-06-03 19:50 -0500",
  "Lacey Dumont <lacey.dumont@example.com>", "question for a friend", d("""
Hi! My friend (she doesn't have email on her phone lol) wants to know how she'd go about getting her data deleted from your site if she wanted to. Is there a form or does she just email you? She's not sure she wants to yet. Thanks!

Sent from my iPhone
"""), lab=N("Asks about the process for a third party who has not decided; no request made."))

# ---- order handling worded like requests
M("en-negative-delete-order-wrong-color.eml", "gmail", "2027-05-05 22:10 -0400",
  "Trevor Akins <trevor.akins@example.com>", "please delete my order", d("""
Hi, I just placed order 3DP-49233 and picked the wrong color (translucent red instead of translucent blue for the lightsaber blade). Can you delete that order and I'll place a new one? Or just change the color if that's easier.

Thanks
Trevor
"""), lab=N("'Delete my order' is order handling."))

M("en-negative-remove-supports-helmet.eml", "gmail", "2027-05-15 11:30 -0700",
  "Yuki Harrington <yuki.cosplays@example.com>", "Remove supports on the helmet before shipping?", d("""
Hey! For my Boba Fett helmet order (3DP-49410), could you remove the supports and do a light sanding before shipping? I'm happy to pay the post-processing fee. Also please remove the little logo tab on the inside if possible, I want it clean for the reveal at Anime Expo.

Thanks!!
Yuki
"""), lab=N("Remove supports/logo tab: product finishing."))

M("en-negative-access-stl-link-expired.eml", "outlook", "2027-05-21 08:20 -0500",
  "Pradeep Raghunathan <praghunathan@example.com>", "Can't access my files", d("""
Hello,

I'm trying to access the STL files from my order last month (3DP-48640) through the link in your email, but it says "access denied - link expired". Can you send me a fresh link or a copy of the files? I need to send them to a machinist.

Thanks,
Pradeep
"""), lab=N("Access to order files; download link problem."))

M("en-negative-update-shipping-address.eml", "iphone", "2027-05-27 07:05 -0400",
  "Danielle Foss <danielle.foss@example.com>", "Address change for order 3DP-49611", d("""
Hi, can you update the shipping address on order 3DP-49611 before it ships? New address is 88 Orchard Lane, Apt 4, Burlington VT 05401. I moved last weekend and forgot to update it. Sorry!!

Danielle

Sent from my iPhone
"""), lab=N("Update shipping address on an order."))

M("en-negative-invoice-address-correction-ap.eml", "outlook", "2027-06-02 09:45 -0400",
  "Accounts Payable <ap@hollisgreenarchitects.example>", "Invoice 3DP-INV-20731 - incorrect billing address", d("""
Good morning,

Invoice 3DP-INV-20731 shows our old office address. Please correct it to:

Hollis Green Architects LLP
400 Market Street, Floor 6
Philadelphia, PA 19106

and reissue so we can process payment. Our PO number HGA-4471 also needs to appear on the invoice.

Thank you,
Accounts Payable
Hollis Green Architects
"""), lab=N("Accounts payable asks to correct an invoice: transaction document, not personal data correction."))

M("en-negative-password-reset-locked.eml", "gmail", "2027-06-05 14:00 -0600",
  "Ruben Delgado <ruben.delgado@example.com>", "locked out of my account", d("""
Hi, I requested a password reset three times but never got the email, and now it says my account is locked. Can you unlock it or send the reset link to this address? I need to access my saved designs for a reorder.

Ruben
"""), lab=N("Password reset / account access."))

M("en-negative-unsubscribe-link-broken-not-unsubscribing.eml", "thunderbird", "2027-06-09 12:30 -0500",
  "Gil Pardo <gil.pardo@example.net>", "FYI: broken unsubscribe link in your newsletter", d("""
Hi,

Heads up, the "unsubscribe" and "manage preferences" links at the bottom of your June newsletter both 404. I'm not trying to unsubscribe, I actually like the newsletter, but you might be in trouble with the CAN-SPAM folks if people can't opt out.

Gil
"""), lab=N("Bug report about the unsubscribe link; explicitly not unsubscribing."))

M("en-negative-architect-quote-remove-revision.eml", "outlook", "2027-06-10 15:30 -0400",
  "Keiko Blanchard <kblanchard@ridgelinestudio.example>", "RE: Quote 3DP-Q-8120 - revised massing", d("""
Hi Dana,

Please remove the old revision (Rev C) from the quote and replace it with the attached Rev D. The tower has lost two floors and the podium is now split in two, so the price should go down a bit. Also please delete the landscaping plate from the quote, we'll do that in cork ourselves.

Thanks,
Keiko Blanchard
Ridgeline Studio, Seattle
"""), atts=[("Massing_RevD.stl", "model/stl", stl("massing_revD"))],
  lab=N("Quote revision; 'remove' and 'delete' refer to quote line items."))

M("en-negative-dental-lab-corrupt-scan.eml", "outlook", "2027-06-11 08:05 -0500",
  "Tech Desk <techdesk@lonestardental.example>", "Corrupt upload - case LS-22817", d("""
Hi,

The scan file we uploaded last night for case LS-22817 (upper arch model, 2 dies) looks corrupted on your preview, the mesh has holes. Please delete that upload from the portal so it doesn't get printed, and we'll re-upload a fresh export from the scanner this morning.

Our patients' privacy matters to us, so please make sure the bad file isn't kept around either.

Thanks,
Tech Desk
Lone Star Dental Lab, Houston
"""), lab=N("Dental lab asks to delete a corrupted upload so it is not printed: order/file handling, not a data-subject request."))

M("en-negative-job-application-cv.eml", "gmail", "2027-06-12 09:00 -0500",
  "Marcus Oyelaran <marcus.oyelaran@example.com>", "Application: Print Technician (Pflugerville)", d("""
Hello,

I'd like to apply for the print technician role you posted on the Austin Makers board. I have three years of experience running a farm of 12 Prusa and 4 Formlabs machines, including post-processing and resin handling, and I live 15 minutes from Pflugerville.

My CV is attached. I consent to 3DPros processing the personal data in my application for the purposes of this recruitment, and you are welcome to keep it on file for future openings.

Best regards,
Marcus Oyelaran
"""), atts=[("Marcus_Oyelaran_CV.pdf", "application/pdf", pdf("Marcus Oyelaran - CV"))],
  lab=N("Job application with a consent sentence."))

M("en-negative-privacy-newsletter-law-firm.eml", "html", "2027-06-15 07:00 -0500",
  "Privacy Pulse <newsletter@privacypulse.example>", "Privacy Pulse: Texas AG's first TDPSA settlements, Oregon opt-out signals, and DSAR deadlines", "",
  html=d("""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Privacy Pulse - June 2027</h2>
<p><b>Texas:</b> The Attorney General announced two settlements under the Texas Data Privacy and Security Act involving failures to honor consumer deletion and opt-out requests.</p>
<p><b>Oregon:</b> Universal opt-out signals become mandatory to honor. Is your website ready?</p>
<p><b>Checklist:</b> How to answer a data subject access request within 30/45 days without over-disclosing.</p>
<p>Read more at <a href="https://privacypulse.example/june-2027">privacypulse.example</a>.</p>
<hr><p style="font-size:11px">You are receiving this because you subscribed at a webinar. <a href="https://privacypulse.example/unsubscribe?u=3dp">Unsubscribe</a></p>
</body></html>
"""), hdrs=["List-Unsubscribe: <https://privacypulse.example/unsubscribe?u=3dp>", "List-Id: Privacy Pulse <pulse.privacypulse.example>", "Precedence: bulk"],
  lab=N("Privacy-law newsletter; list mail about privacy that asks nothing.", "list"))

M("en-negative-calendar-invite-retention-review.eml", "outlook", "2027-06-17 13:00 -0500",
  "Derek Yamamoto <derek@hillcountryit.example>", "Invitation: Backup & data retention review @ Tue Jun 22, 2027 10:00 (CDT)", d("""
Hi team,

As discussed, let's go through the NAS backup schedule and how long we keep old customer files and email archives. 30 minutes should do it.

Derek
Hill Country IT Services
"""), atts=[("invite.ics", "text/calendar", ics("Backup & data retention review", "20270622T150000Z", "hcit-3dp-0622@hillcountryit.example"))],
  lab=N("Calendar invite from our IT contractor about retention."))

M("en-negative-supplier-invoice-pdf.eml", "plain", "2027-06-18 06:30 -0400",
  "Billing <billing@resinworks-supply.example>", "Invoice RW-118402 from ResinWorks Supply", d("""
Dear customer,

Please find attached invoice RW-118402 for your order of 12 x 1 kg Tough Grey resin.

Amount due: $1,284.00
Due date: July 18, 2027

To update your billing information or request a copy of past invoices, visit your account portal.

ResinWorks Supply
"""), atts=[("RW-118402.pdf", "application/pdf", pdf("Invoice RW-118402"))],
  lab=N("Supplier invoice with PDF."))

M("en-negative-platform-customer-export-ready.eml", "html", "2027-06-20 03:12 +0000",
  "ShopForge <notifications@shopforge.example>", "Your customer data export is ready", "",
  html=d("""
<html><body>
<p>Hi 3DPros,</p>
<p>The customer data export you requested on June 19 is ready. It contains 4,318 customer records (CSV).</p>
<p><a href="https://admin.shopforge.example/exports/88120">Download export</a> (link expires in 7 days)</p>
<p>If you did not request this export, please <a href="https://admin.shopforge.example/security">review your account security</a>.</p>
<p>ShopForge</p>
</body></html>
"""), lab=N("Our own shop platform's export notification."))

M("en-negative-cosplay-commission-dont-post.eml", "gmail", "2027-06-21 18:25 -0700",
  "Tessa Marlowe <tessa.marlowe.cos@example.com>", "Please don't post my commission yet!", d("""
Hi!! Super excited about the Arcane gauntlets (order 3DP-50102). One favor: could you not post any photos of the print on your Instagram or website until after Anime Expo on July 4th? It's a reveal and I want to keep it a surprise. After that you're welcome to share it and tag me.

Thank you!!
Tessa
"""), lab=N("Asks to delay posting photos of the product for a reveal; about the print, not her personal data."))

M("en-negative-gdpr-shipping-ireland.eml", "gmail", "2027-06-23 10:45 +0100",
  "Declan Foley <declan.foley@example.ie>", "Do you ship to Ireland? (GDPR/VAT?)", d("""
Hello,

Quick one: a friend told me some US shops stopped shipping to Ireland because of GDPR. Is that true for you? And would I pay VAT on import on top of your price, or do you collect it? I'm looking at ordering a set of printed bagpipe chanter parts.

Thanks,
Declan
"""), lab=N("Shipping/VAT question mentioning GDPR."))

M("en-negative-lawyer-ip-takedown.eml", "plain", "2027-06-24 11:00 -0400",
  "Harriet Coyle <hcoyle@coylebrandlaw.example>", "Notice of Infringement - Unauthorized Reproduction of Protected Designs", d("""
Dear Sir or Madam:

This firm represents Ironvale Miniatures, Inc. It has come to our client's attention that your website offers printed reproductions of our client's copyrighted "Ironvale Knights" miniature designs.

We demand that you immediately remove all listings offering these reproductions and confirm in writing, within ten (10) days, that you have ceased printing and selling them. Our client reserves all rights.

Very truly yours,
Harriet Coyle
Coyle Brand Law PLLC
"""), lab=N("IP takedown demand from a law firm; not about personal data."))

M("en-negative-stranger-with-token.eml", "gmail", "2027-06-26 13:10 -0500",
  "Darnell Whitby <darnell.whitby@example.com>", "Group discount? (saw PD-2027-0103)", d("""
Hey 3DPros,

My friend Kaylee showed me your nice reply to her (it had PD-2027-0103 on it) and said you're super easy to work with. Our cosplay group is planning matching armor sets for 6 people for Dallas Fan Expo. Do you do group discounts?

Darnell
"""), lab=N("Stranger quotes another requester's token from an unrelated address; must not join that thread."))

M("en-negative-how-delete-file-from-cart.eml", "iphone", "2027-06-27 21:15 -0500",
  "Cheyenne Rowe <cheyenne.rowe@example.com>", "how do i delete a file", d("""
how do i delete an stl i uploaded to my cart by mistake? there's no X button on mobile

Sent from my iPhone
"""), lab=N("Website usage question about removing a cart file."))

M("en-negative-copy-of-invoice.eml", "gmail", "2027-06-29 09:20 -0400",
  "Neil Abernathy <neil.abernathy@example.com>", "Copy of my invoice", d("""
Hi, could I get a copy of the invoice for my May order (3DP-49501)? My employer reimburses hobby-club purchases and needs it with the tax shown.

Thanks,
Neil
"""), lab=N("Copy of an invoice: transaction document."))

M("en-negative-cookie-consent-vendor-pitch.eml", "html", "2027-06-30 15:00 +0000",
  "Jordan at ConsentCraft <jordan@consentcraft.example>", "3DPros: your site may not honor CCPA opt-outs", "",
  html=d("""
<html><body>
<p>Hi there,</p>
<p>We scanned 3dpros.com and found 4 tracking cookies that load before consent. Under the CCPA/CPRA and the GDPR, that can mean fines of up to $7,988 per violation.</p>
<p>ConsentCraft sets up a compliant cookie banner and Global Privacy Control support in 10 minutes. Want a free audit report?</p>
<p>Jordan<br>ConsentCraft</p>
<p style="font-size:10px">Not interested? <a href="https://consentcraft.example/optout">Let me know</a>.</p>
</body></html>
"""), lab=N("Vendor cold pitch quoting CCPA/GDPR fines."))

M("en-negative-dsar-software-demo-pitch.eml", "gmail", "2027-07-01 10:30 -0400",
  "Ravi Menon <ravi@dsarflow.example>", "Handling deletion & access requests manually?", d("""
Hi 3DPros team,

With eight new US state privacy laws in force this year, small shops are getting more access, deletion and opt-out requests than ever, often via agent services. DSARFlow automates intake, identity verification and deadline tracking for under $50/month.

Would you be open to a 20-minute demo next week?

Best,
Ravi Menon
DSARFlow
"""), lab=N("Software sales pitch naming request types."))

M("en-negative-vendor-onboarding-dpo-contact.eml", "outlook", "2027-07-02 09:00 -0400",
  "Vendor Management <vendors@granitearch.example>", "Vendor onboarding - privacy & security questionnaire", d("""
Hello,

Granite Architecture Group is adding 3DPros LLC as an approved vendor for physical model production. As part of onboarding, please complete the attached privacy & security questionnaire, including:

- name and contact details of your Data Protection Officer or privacy contact
- whether you have a data processing agreement template
- how you handle data subject requests (access, deletion) received from our staff

Please return it by July 16.

Regards,
Vendor Management Office
Granite Architecture Group, Chicago
"""), atts=[("GAG_Vendor_Privacy_Questionnaire.pdf", "application/pdf", pdf("Vendor Privacy and Security Questionnaire"))],
  lab=N("B2B vendor questionnaire; asks how we handle requests, makes none."))

M("en-negative-architect-nda-destroy-files.eml", "outlook", "2027-07-05 14:20 -0700",
  "Project Admin <admin@westforkarch.example>", "NDA - confirmation of file destruction, Project Tidewater", d("""
Hello,

Per Section 6 of the mutual NDA signed on March 2, 2027, now that the Tidewater competition model has been delivered, please permanently delete all design files, drawings and renderings we provided for the project and confirm in writing.

This concerns our confidential project files only.

Thank you,
Project Administration
Westfork Architects, San Francisco
"""), lab=N("Confidential business files destroyed under an NDA; not personal data."))

M("en-negative-order-question-gdpr-footer.eml", "outlook", "2027-07-07 10:10 +0100",
  "Hamish Carruthers <h.carruthers@carruthersdental.example>", "Lead time for 20 study models?", d("""
Hi,

What's your current lead time for 20 orthodontic study models in white resin, shipped to Edinburgh? Files are ready.

Thanks,
Hamish

Carruthers Dental Laboratory Ltd, Edinburgh
CONFIDENTIALITY: This email and any attachments are confidential and may contain personal data protected under the UK GDPR and the Data Protection Act 2018. If you are not the intended recipient, please notify the sender and delete this email and any copies immediately. We process personal data in accordance with our privacy notice, available on request.
"""), lab=N("Lead-time question with a GDPR disclaimer footer containing 'delete' and 'personal data'."))

# ---- other languages
M("fr-negative-telephone-transporteur.eml", "plain", "2027-05-24 18:00 +0200",
  "Étienne Marchal <etienne.marchal@example.fr>", "Numéro de téléphone pour le transporteur", d("""
Bonjour,

Le transporteur me demande un numéro de téléphone pour la livraison de ma commande 3DP-49580 (le buste de dragon). Pouvez-vous ajouter le 06 12 34 56 78 à la commande et le transmettre à DHL ? Merci !

Étienne
"""), mailer="X-Mailer: Orange Webmail", lab=N("Asks to add a phone number to an order for the carrier."))

M("es-negative-factura-datos-fiscales.eml", "outlook", "2027-06-07 12:00 +0200",
  "Administración Clínica Dental Arrieta <admin@clinicaarrieta.example>", "Rectificar datos fiscales de la factura", d("""
Buenos días:

En la factura 3DP-INV-20688 figura un CIF incorrecto. Los datos correctos son: Clínica Dental Arrieta S.L., CIF B12345674, C/ Mayor 15, 20001 San Sebastián. ¿Podrían emitir una factura rectificativa?

Gracias,
Administración
"""), lab=N("Company invoice fiscal data: transaction document."))

M("nl-negative-bestelling-annuleren.eml", "gmail", "2027-06-13 09:30 +0200",
  "Bas Vermeulen <bas.vermeulen@example.nl>", "bestelling annuleren aub", d("""
Hoi,

Kunnen jullie mijn bestelling 3DP-49987 annuleren en verwijderen? Ik heb per ongeluk twee keer besteld. De andere (3DP-49988) mag gewoon door.

Groet,
Bas
"""), lab=N("Cancel/delete a duplicate order."))

M("pt-negative-br-orcamento-lgpd-rodape.eml", "gmail", "2027-06-17 14:30 -0300",
  "Laboratório Sorriso Vivo <contato@sorrisovivo.example>", "Orçamento para modelos de estudo", d("""
Boa tarde,

Gostaríamos de um orçamento para 50 modelos de estudo em resina por mês, com envio para Belo Horizonte. Vocês aceitam arquivos STL e PLY?

Atenciosamente,
Juliana Prado
Laboratório Sorriso Vivo

Esta mensagem pode conter dados pessoais protegidos pela LGPD (Lei 13.709/2018). Caso a tenha recebido por engano, solicitamos que a exclua e nos informe.
"""), lab=N("Quote request with an LGPD footer."))

M("pl-negative-faktura-vat.eml", "plain", "2027-06-22 08:15 +0200",
  "Biuro Rachunkowe Nowak <biuro@nowak-ksiegowosc.example>", "Prośba o fakturę VAT", d("""
Dzień dobry,

w imieniu klienta (pracownia architektoniczna Zielińscy) prosimy o wystawienie faktury VAT do zamówienia 3DP-50011 na dane firmy: Zielińscy Architekci sp. z o.o., NIP 5260001246, Warszawa.

Pozdrawiam,
Biuro Rachunkowe Nowak
"""), lab=N("Invoice request from an accounting office."))

M("ja-negative-haiso-toiawase.eml", "plain", "2027-07-06 10:00 +0900",
  "佐藤 健 <ken.sato@example.jp>", "日本への配送について", d("""
お世話になります。

フィギュアの出力を依頼したいのですが、日本への配送は可能でしょうか。また、関税はどちらの負担になりますか。

よろしくお願いいたします。
佐藤
"""), cte="base64", hq="b", lab=N("Japanese shipping question."))

M("de-negative-passwort-zugang.eml", "plain", "2027-07-08 19:45 +0200",
  "Jörg Baumann <joerg.baumann@example.de>", "Kein Zugang mehr zu meinem Konto", d("""
Hallo,

ich komme nicht mehr in mein Kundenkonto, die E-Mail zum Zurücksetzen des Passworts kommt nicht an. Können Sie mir den Zugang wiederherstellen? Ich möchte meine gespeicherten Daten (die STL-Dateien vom Gartenbahn-Bahnhof) noch einmal bestellen.

Gruß
Jörg Baumann
"""), charset="iso-8859-1", cte="quoted-printable", mailer="X-Mailer: WEB.DE Mail",
  lab=N("German password/account-access problem; 'gespeicherte Daten' means his design files."))

# ---- phishing
M("en-negative-phishing-fake-dpa-fine.eml", "html", "2027-05-29 04:40 +0000",
  "Data Protection Authority - Enforcement <enforcement@dpa-notice.example>", "FINAL NOTICE: GDPR complaint filed against 3DPros LLC - Case #EU-DPA-2027-88341", "",
  html=d("""
<html><body>
<p><b>European Data Protection Enforcement Office</b></p>
<p>A formal complaint has been lodged against your organisation for failure to respond to a data subject access request within the statutory deadline.</p>
<p>Penalty assessed: <b>&euro;18,500</b>. To review the complaint and submit your defence, log in to the secure case portal within 48 hours:</p>
<p><a href="http://dpa-case-portal.example/login?case=88341">View complaint and respond</a></p>
<p>Failure to respond will result in enforcement proceedings.</p>
</body></html>
"""), lab=N("Phishing imitating a data-protection authority."))

M("en-negative-phishing-request-portal.eml", "html", "2027-06-04 02:15 +0000",
  "PrivacyRequest Center <alerts@privacyrequest-center.example>", "You have 3 pending consumer privacy requests - respond now to avoid penalties", "",
  html=d("""
<html><body>
<p>Hello 3dprosteam,</p>
<p>Three (3) verified consumer requests (deletion, access, opt-out) are awaiting your response. The statutory deadline expires in <b>2 days</b>.</p>
<p><a href="http://privacyrequest-center.example/verify?acct=3dprosteam%40gmail.com">Sign in with Google to view requests</a></p>
<p>PrivacyRequest Center - Compliance Notifications</p>
</body></html>
"""), lab=N("Phishing imitating a request portal."))

M("en-negative-phishing-mail-provider.eml", "html", "2027-06-14 05:50 +0000",
  "Mail Account Security <no-reply@secure-mailbox-verify.example>", "Action required: your mailbox will be deleted in 24 hours", "",
  html=d("""
<html><body>
<p>Dear user 3dprosteam@gmail.com,</p>
<p>Due to new data protection regulations, all unverified mailboxes will be permanently deleted along with their data. Verify your account now to keep your emails.</p>
<p><a href="http://secure-mailbox-verify.example/g/verify">Verify my mailbox</a></p>
<p>Mail Security Team</p>
</body></html>
"""), lab=N("Phishing imitating the mail provider."))

M("en-negative-phishing-shared-deletion-request.eml", "html", "2027-07-09 11:20 +0000",
  "Sarah Mitchell (via DocShare) <share-noreply@docshare-files.example>", "Sarah Mitchell shared \"Data Deletion Request - signed.pdf\" with you", "",
  html=d("""
<html><body>
<p>Sarah Mitchell has shared a document with you:</p>
<p style="font-size:18px">&#128196; <b>Data Deletion Request - signed.pdf</b></p>
<p>"Please see my attached deletion request and confirm."</p>
<p><a href="http://docshare-files.example/open?id=8f3a2">Open</a></p>
<p style="font-size:11px">DocShare: secure file sharing</p>
</body></html>
"""), lab=N("Phishing: fake 'shared deletion request' link; no actual request text from a person."))

M("es-negative-phishing-aepd.eml", "html", "2027-07-14 08:00 +0200",
  "Agencia de Protección de Datos <notificaciones@aepd-sede.example>", "Notificación de expediente sancionador PS/00412/2027", "",
  html=d("""
<html><body>
<p>Estimado responsable del tratamiento:</p>
<p>Se ha iniciado un procedimiento sancionador contra su entidad por no atender el derecho de acceso de un interesado. Importe de la sanción propuesta: <b>12.000 &euro;</b>.</p>
<p>Descargue la notificación en la sede electrónica antes de 72 horas: <a href="http://aepd-sede.example/notificacion.zip">Descargar notificación</a></p>
<p>Agencia de Protección de Datos</p>
</body></html>
"""), lab=N("Spanish phishing imitating the data-protection authority."))

M("en-negative-dentist-patient-consent-wording.eml", "apple", "2027-07-12 12:40 -0400",
  "Dr. Alicia Monteverde <amonteverde@monteverdesmiles.example>", "Patient consent wording before we send scans?", d("""
Hi there,

I'm a general dentist in Tampa and we're thinking of sending night-guard and model scans to you directly instead of going through a lab. My office manager asked whether we need a separate patient consent form under HIPAA (and GDPR for the handful of European patients we see during snowbird season) before a scan leaves our office.

Do other practices that work with you use a standard consent wording you could share? And do you sign a BAA? I'm not asking about any particular patient, just trying to set up the process correctly.

Warm regards,
Alicia Monteverde, DMD
"""), lab=N("Dentist asks about consent wording and a BAA for sending scans; B2B process question quoting HIPAA/GDPR."))

M("en-negative-photographer-model-releases.eml", "gmail", "2027-07-17 11:05 -0500",
  "Noor Haddad <noor.haddad.photo@example.com>", "Photos from your booth at Dallas Fan Expo - releases?", d("""
Hi 3DPros!

I'm the photographer who shot the cosplayers at your booth last weekend. I've edited about 60 images. Since several of the people in them are from the EU and the UK (there was a whole group from Dublin), I know GDPR treats photos of people as personal data, so before I send you the gallery: do you want me to collect model releases from everyone, or will you only use photos where you've got your own release on file?

Let me know how you'd like to handle it and I'll send the link.

Noor
"""), lab=N("Photographer asks how to handle releases for booth photos; quotes GDPR, makes no request about her own data."))

M("pt-negative-alterar-morada-entrega.eml", "gmail", "2027-07-19 10:20 +0100",
  "Tiago Esteves <tiago.esteves@example.pt>", "Alterar morada de entrega - encomenda 3DP-50420", d("""
Bom dia,

Será possível alterar a morada de entrega da encomenda 3DP-50420 para Rua das Flores 27, 2.º Esq., 4050-262 Porto? Mudei de casa esta semana. Peço desculpa pelo incómodo.

Obrigado,
Tiago Esteves
"""), lab=N("Change the delivery address on an order (European Portuguese)."))
