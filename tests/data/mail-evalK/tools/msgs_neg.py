from common import *

# ------------------------------------------------------------------ hard negatives: customers

build("en-negative-delete-order-wrong-color.eml", "iphone", ("Kira Montgomery", "kira.montgomery@example.com"),
      "delete my order", "2027-08-02 12:02 -0500",
      "hi can u delete the order i just placed (3DP-27-10501)? picked black instead of white for the fridge handle. ill reorder\n\nSent from my iPhone",
      label=N("en", "order cancellation worded as 'delete my order'"))

build("en-negative-stl-link-access-denied.eml", "gmail", ("Owen Carrick", "owen.carrick@example.net"),
      "Can't access the STL file", "2027-08-03 09:30 -0400",
      "Hi,\n\nThe link you sent for the STL preview of my custom pannier hook says 'access denied'. Can you send me a copy of the file again or make the link public? I want to check the dimensions before you print.\n\nThanks,\nOwen",
      label=N("en", "access/copy of STL file: order handling"))

build("en-negative-password-reset.eml", "android", ("Bree Castillo", "bree.castillo@example.com"),
      "cant get into my account", "2027-08-04 21:15 -0700",
      "the password reset email never shows up, checked spam too. I need to access my account to reorder the washer door latch. help\n\nSent from my Galaxy",
      label=N("en", "password reset"))

o = "3DP-27-10552"
build("en-negative-update-shipping-address-on-thread.eml", "gmail", ("Noah Feldman", "noah.feldman@example.com"),
      "Re: Your 3DPros order %s" % o, "2027-08-06 08:00 -0400",
      "Hi - I moved last week! Can you update the shipping address on this order before it goes out? New address: 51 Orchard St, Apt 3, Burlington VT 05401. Sorry!\n\nNoah\n\n"
      + quote(order_mail(o, "Noah Feldman", ["Bike light mount, GoPro style, ASA - $18.00", "Shipping - $6.50"], "$24.50", ["Noah Feldman", "12 Pine Ridge Rd", "Essex Junction, VT 05452"]), "3DPros Team <3dprosteam@gmail.com>", "Thu, Aug 5, 2027 at 11:12 AM"),
      in_reply_to=msgid("order:" + o), label=N("en", "order address change above quoted order confirmation"))

build("en-negative-ap-correct-invoice-address.eml", "outlook", ("Accounts Payable - Velomax Cycles", "ap@velomax.example"),
      "Invoice INV-27-0388 - please correct billing address and VAT ID", "2027-08-09 09:00 +0100",
      "Dear 3DPros,\n\nPlease correct the billing address and VAT number on invoice INV-27-0388 and re-issue it. Our records must match for our accounts:\n\nVelomax Cycles Ltd\nUnit 4, Riverside Trading Estate\nNorwich NR1 1AA\nVAT GB 123 4567 89\n\nPlease also delete the incorrect invoice from your portal so our team doesn't pay it twice.\n\nKind regards,\nAccounts Payable",
      label=N("en", "B2B invoice correction; 'delete the incorrect invoice' is document handling"))

build("en-negative-privacy-policy-curious.eml", "apple", ("Tamsin Hale", "tamsin.hale@example.co.uk"),
      "Quick question about your privacy policy", "2027-08-10 20:30 +0100",
      "Hi,\n\nBefore I order a fridge shelf clip: does your privacy policy mean you'd pass my address to the courier and to anyone else? I couldn't tell from the page. Not a big deal, just curious how it works.\n\nTamsin",
      label=N("en", "asks what the policy says, asks nothing for herself"))

build("en-negative-unsubscribe-link-bug.eml", "gmail", ("Priyanka Desai", "priyanka.desai@example.com"),
      "Unsubscribe link is broken (FYI)", "2027-08-11 14:00 -0400",
      "Hey, heads up: the unsubscribe link at the bottom of your August newsletter goes to a 404. I'm not trying to unsubscribe - I actually like the repair tips - but someone else might be and they'll be annoyed.\n\nPriyanka",
      label=N("en", "bug report; explicitly not unsubscribing"))

build("en-negative-remove-supports.eml", "thunderbird", ("Marek Hollis", "mhollis@example.org"),
      "Remove supports + sand please", "2027-08-12 10:00 -0400",
      "Hi,\n\nFor my dryer vent flap order, can you remove the supports and lightly sand the hinge pin area before shipping? Last time the support marks made it stick.\n\nMarek",
      label=N("en", "print post-processing"))

build("en-negative-invoice-copy-warranty.eml", "iphone", ("Jolene Parrish", "jparrish@example.net"),
      "copy of invoice", "2027-08-13 16:45 -0500",
      "Can I get a copy of my invoice for the dishwasher spray arm clip? Need it for my home warranty claim. Order was in May I think\n\nSent from my iPhone",
      label=N("en", "copy of invoice, transactional"))

build("en-negative-cancel-erase-quote.eml", "gmail", ("Ibrahim Saleh", "ibrahim.saleh@example.com"),
      "Cancel my quote", "2027-08-14 11:11 -0400",
      "Hi, please cancel quote Q-27-2210 for the 12 e-bike cable clips and erase it from my cart - the shop down the road had them in stock. Thanks for the fast quote though.\n\nIbrahim",
      label=N("en", "quote cancellation"))

build("en-negative-material-data-sheet.eml", "outlook", ("Hendrik Vos", "hendrik.vos@example.nl"),
      "Data request: technical data sheet PETG / ASA", "2027-08-16 08:30 +0200",
      "Hello,\n\nFor our repair caf\u00e9 documentation we need the technical data sheets for the PETG and ASA you use (heat deflection temperature, UV resistance). Could you send them, or tell us where to find them?\n\nBest regards,\nHendrik Vos\nRepair Caf\u00e9 Zwolle",
      label=N("en", "'data request' for material data sheets"))

build("en-negative-stl-replace-file.eml", "gmail", ("Tobias Wren", "tobias.wren@example.net"),
      "Updated STL for my order - please delete the old file", "2027-08-18 22:00 -0400",
      "Hi,\n\nI found a mistake in the mounting hole spacing. Please delete the old file I uploaded for order 3DP-27-10620 and use the attached one instead. Everything else stays the same.\n\nTobias",
      attachments=[("stl", "hub_spacer_v2.stl", fake_stl("hub_spacer_v2"))], label=N("en", "file replacement on an order; STL attached as model/stl"))

build("en-negative-anonymous-parcel.eml", "apple", ("Gwen Thackeray", "gwen.thackeray@example.com"),
      "Keep it private - gift", "2027-08-19 09:00 -0400",
      "Hi there, the bike bell I just ordered is a surprise for my husband. Can you keep the box plain, no 3DPros branding, and not put 'bike' anywhere on the label? Thank you!",
      label=N("en", "'private' packaging request"))

build("en-negative-add-me-to-newsletter.eml", "iphone", ("Desmond Pryor", "dpryor@example.com"),
      "newsletter", "2027-08-20 18:00 -0400",
      "Hey can you add me to your email list? Want to hear when you add more Bosch/Siemens parts. Thanks\n\nSent from my iPhone",
      label=N("en", "opt-in, the opposite of a request"))

build("en-negative-new-question-over-old-request.eml", "gmail", ("Victor Halloran", "victor.halloran@example.com"),
      "Re: Complaint - ignored privacy request", "2027-10-05 10:00 -0400",
      "Different question: my neighbour wants a fridge door hinge cover for a 2015 Whirlpool. Do you have that, and what's the lead time?\n\nVictor\n\n"
      + quote("Hello,\n\nIn June I emailed asking for my data to be deleted. I never got an answer... I'm filing a complaint with you about how my request was handled, and I'm asking again: delete my data.\n\nVictor Halloran\nHartford, Connecticut", "Victor Halloran <victor.halloran@example.com>", "Wed, Sep 22, 2027 at 8:30 AM"),
      in_reply_to=None, label=N("en", "quoted old request under an unrelated new question; the new text carries no request"))

build("en-negative-shipping-damaged.eml", "outlook", ("Beatrice Quinlan", "bquinlan@example.ie"),
      "Damaged parcel - order 3DP-27-10677", "2027-08-24 10:00 +0100",
      "Hello,\n\nThe box arrived crushed and one of the two oven knob adapters is cracked. Photo attached. Could you send a replacement? My address details are the same as on the order.\n\nBeatrice Quinlan\nKilkenny",
      attachments=[("jpeg", "crushed_box.jpg", fake_jpeg("box"))], label=N("en", "damage claim"))

# ------------------------------------------------------------------ hard negatives: B2B, recruiters, researchers, insurers, lawyers

build("en-negative-b2b-reseller-dpa.eml", "outlook", ("Annika Str\u00f6m", "annika.strom@cykelhuset.example"),
      "Reseller agreement - DPA under Art. 28 GDPR?", "2027-08-05 11:00 +0200",
      "Hi 3DPros,\n\nCykelhuset (6 bike shops in southern Sweden) would like to resell your printed derailleur hangers and bottle-cage adapters. Our legal team asks whether you will sign a data processing agreement under Art. 28 GDPR, since you would ship directly to our customers using names and addresses we provide. Could you send your standard DPA and your list of sub-processors?\n\nAlso: what are your wholesale prices for 50+ units?\n\nBest regards,\nAnnika Str\u00f6m\nPurchasing, Cykelhuset AB\nMalm\u00f6",
      label=N("en", "B2B partner quoting GDPR about a DPA; no data subject request"))

build("en-negative-b2b-customer-list-share.eml", "gmail", ("Dario Mancini", "dario@ricambiveloci.example"),
      "Partnership: shared customer mailing?", "2027-08-08 15:00 +0200",
      "Ciao team,\n\nWe sell appliance spare parts in northern Italy and think our customers overlap. Would you share your EU customer list with us for a joint promotion? Our lawyer says it's fine under 'legitimate interest' in the GDPR if we add an unsubscribe link. We'd do the same for you.\n\nDario Mancini\nRicambi Veloci srl, Bologna",
      label=N("en", "B2B asks us to share customer data; not a request about his own data"))

build("en-negative-supplier-terms-gdpr.eml", "outlook", ("Filamentwerk GmbH", "vertrieb@filamentwerk.example"),
      "Updated terms of sale and data protection information", "2027-08-15 08:00 +0200",
      "Dear customer,\n\nWe have updated our general terms of sale effective 1 October 2027. In accordance with Art. 13 GDPR we also inform you that we process the contact details of your purchasing staff to handle orders. You can find the new terms and our privacy information attached.\n\nNo action is required.\n\nKind regards\nFilamentwerk GmbH, Sales",
      attachments=[("pdf", "AGB_2027-10.pdf", fake_pdf("Allgemeine Geschaeftsbedingungen"))], label=N("en", "supplier terms update citing Art. 13"))

build("en-negative-vendor-security-questionnaire.eml", "gmail", ("Priscilla Yeo", "priscilla.yeo@homefix.example"),
      "Vendor onboarding - security & data protection questionnaire", "2027-08-27 10:00 -0400",
      "Hi,\n\nHomeFix Appliance Repair would like to list 3DPros as an approved parts supplier. As part of onboarding, please complete the attached questionnaire: data retention periods, who has access to customer data, breach notification process, whether you honor CCPA deletion and access requests within 45 days, etc.\n\nThanks!\nPriscilla Yeo\nVendor Management, HomeFix",
      attachments=[("pdf", "HomeFix_vendor_questionnaire.pdf", fake_pdf("Vendor questionnaire"))], label=N("en", "B2B questionnaire full of request words"))

build("en-negative-recruiter-gdpr-notice.eml", "outlook", ("Oliver Bancroft", "oliver.bancroft@talentbridge.example"),
      "CAD / 3D print technicians available - and a GDPR notice", "2027-08-30 09:00 +0100",
      "Hi 3DPros team,\n\nI'm a recruiter specialising in additive manufacturing. I have three experienced CAD/print technicians open to remote contracts.\n\nIn line with UK GDPR, please note we hold your business contact details, obtained from your public website, to contact you about recruitment services. If you would prefer not to hear from us, just reply and we'll remove you.\n\nBest,\nOliver Bancroft\nTalentBridge Recruitment, Birmingham",
      label=N("en", "recruiter giving us a GDPR notice; not a request to us"))

build("en-negative-job-application.eml", "gmail", ("Amara Lindiwe", "amara.lindiwe@example.com"),
      "Application - print technician (part-time)", "2027-09-02 19:00 -0500",
      "Hello,\n\nI'd love to apply for the part-time print technician role you posted. I run four printers at home and do repair-caf\u00e9 work on weekends. My CV is attached.\n\nI consent to you processing my personal data for this application. Please delete it if I'm not selected.\n\nBest,\nAmara Lindiwe\nRound Rock, TX",
      attachments=[("pdf", "Amara_Lindiwe_CV.pdf", fake_pdf("Curriculum Vitae - Amara Lindiwe"))],
      label=N("en", "job application with a conditional retention note; not a request now"))

build("en-negative-researcher-survey.eml", "gmail", ("Dr. Helena Marsh", "h.marsh@university.example.edu"),
      "Research study: how small online shops handle privacy requests", "2027-09-07 11:00 -0400",
      "Dear 3DPros team,\n\nI'm leading a study at the School of Information on how small e-commerce businesses respond to data access and deletion requests under the CCPA and GDPR. Would you be willing to complete a 15-minute anonymous survey? Participants receive a summary of findings.\n\nSurvey: https://survey.university.example.edu/privacy-smb\n\nIRB protocol #2027-0412.\n\nWith thanks,\nDr. Helena Marsh",
      label=N("en", "researcher about access/deletion requests"))

build("en-negative-researcher-data-access.eml", "thunderbird", ("Jonas Elvstr\u00f8m", "jonas.elvstrom@example.dk"),
      "Data access request for a study on repair culture", "2027-09-09 14:00 +0200",
      "Dear 3DPros,\n\nI'm a PhD student in Copenhagen researching the 'right to repair' movement. I'm requesting access to anonymised, aggregated sales data - which appliance and bike parts are most ordered, by country - for my thesis. No personal data needed; I'm happy to sign an NDA.\n\nBest,\nJonas Elvstr\u00f8m",
      label=N("en", "'data access request' for aggregate business data"))

build("en-negative-insurer-cyber-renewal.eml", "outlook", ("Northgate Specialty Underwriters", "renewals@northgate-uw.example"),
      "Cyber liability renewal - data protection controls attestation", "2027-09-13 09:00 -0500",
      "Dear Policyholder,\n\nYour cyber liability policy NSU-CY-77120 renews on 1 November 2027. To quote renewal terms we need you to confirm your data protection controls: MFA on email, encrypted backups, a documented process for responding to consumer privacy requests (CCPA/GDPR), and the number of customer records held.\n\nPlease return the attached attestation by 10 October.\n\nNorthgate Specialty Underwriters",
      attachments=[("pdf", "Attestation_NSU-CY-77120.pdf", fake_pdf("Controls attestation"))], label=N("en", "our insurer asks about our controls"))

build("en-negative-insurer-claim-part.eml", "outlook", ("Claims - Harbourline Insurance", "claims@harbourline.example"),
      "Claim HL-CL-55831 - washing machine leak, printed part", "2027-09-15 11:30 +0100",
      "Dear Sir/Madam,\n\nWe act for our policyholder in a water-damage claim. A printed hose clamp said to be supplied by you is alleged to have failed. Please provide the product specification, material and batch information for the part, and your public liability insurer's details. Any personal data you share with us will be processed in accordance with the UK GDPR and our privacy notice.\n\nYours faithfully,\nClaims Handler\nHarbourline Insurance",
      label=N("en", "insurer product-liability inquiry quoting UK GDPR"))

build("en-negative-lawyer-preservation.eml", "outlook", ("Mitchell Orr", "morr@orr-kessler.example"),
      "Litigation hold notice - Haskins v. Spokeline Bikes", "2027-09-20 10:00 -0600",
      "Dear 3DPros LLC,\n\nThis firm represents the plaintiff in Haskins v. Spokeline Bikes (Dist. Ct. Denver Cnty., Colo.). We have reason to believe you supplied a printed brake lever component used in the bicycle at issue. You are hereby requested to preserve all documents, electronically stored information and records relating to that component, including orders, emails and design files. Please do not delete, alter or destroy such records, notwithstanding any retention schedule under the Colorado Privacy Act or your privacy notice.\n\nSincerely,\nMitchell Orr\nOrr & Kessler LLP",
      label=N("en", "lawyer preservation letter naming a privacy law; asks us NOT to delete"))

build("en-negative-lawyer-trademark.eml", "gmail", ("Laura Beckett", "lbeckett@beckettip.example"),
      "3DPROS trademark - information request", "2027-09-27 15:00 -0400",
      "Dear Sirs,\n\nWe act for 3D Pro Systems Inc. regarding the 3DPROS mark. Before our client decides on next steps, please let us know when you first used the name in commerce and in which countries you sell. We note your privacy notice lists Texas as your place of business.\n\nThis letter is sent without prejudice.\n\nLaura Beckett\nBeckett IP Law",
      label=N("en", "trademark letter with 'information request'"))

build("en-negative-calendar-invite.eml", "gmail", ("Annika Str\u00f6m", "annika.strom@cykelhuset.example"),
      "Invitation: 3DPros x Cykelhuset - order data exchange @ Tue Sep 21, 2027 10am", "2027-09-14 12:00 +0200",
      "You have been invited to: 3DPros x Cykelhuset - order data exchange\nWhen: Tue Sep 21, 2027 10am - 10:45am (CEST)\nAgenda: CSV format for drop-ship orders, who can access the shared folder, deletion of test data after pilot.\n",
      attachments=[("ics", "invite.ics", ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Cal//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cyk-3dp-20270921@example\r\nDTSTART:20270921T080000Z\r\nDTEND:20270921T084500Z\r\nSUMMARY:3DPros x Cykelhuset - order data exchange\r\nORGANIZER:mailto:annika.strom@cykelhuset.example\r\nATTENDEE:mailto:3dprosteam@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode())],
      label=N("en", "calendar invite with ICS"))

build("en-negative-supplier-invoice-pdf.eml", "outlook", ("Polymerhaus Accounts", "invoices@polymerhaus.example"),
      "Invoice 2027-09-4471", "2027-09-28 07:00 +0200",
      "Dear customer,\n\nPlease find attached invoice 2027-09-4471 for 12 spools PETG (1.75 mm). Payment due within 30 days.\n\nPolymerhaus GmbH",
      attachments=[("pdf", "Invoice_2027-09-4471.pdf", fake_pdf("Invoice 2027-09-4471"))], label=N("en", "supplier invoice"))

build("en-negative-stranger-with-token.eml", "gmail", ("Kurt Lamb", "kurt.lamb@example.net"),
      "[PD-2027-0412] found this in my spam?", "2027-09-18 10:00 -0500",
      "Hi, this reference number was in a forwarded email a friend sent me by mistake. Is this a scam? I've never ordered from you.\n\nKurt",
      label=N("en", "stranger quoting another requester's token; must not join"))

# ------------------------------------------------------------------ privacy-flavoured spam
build("en-negative-spam-gdpr-audit.eml", "plain", ("ComplyNow", "hello@complynow.example"),
      "Is 3DPros GDPR compliant? Fines up to EUR 20M", "2027-08-12 05:00 +0000",
      "Hi there,\n\nEU regulators fined small shops record amounts this year. Is your privacy notice up to date? Do you answer access and deletion requests within 30 days?\n\nBook a FREE 20-minute GDPR audit: https://complynow.example/audit\n\nTo stop receiving these emails, reply REMOVE.",
      label=N("en", "privacy-flavoured spam"))

build("en-negative-spam-dsar-software.eml", "htmlonly", ("Tallybox DSAR", "growth@tallybox.example"),
      "Automate your data subject requests in 5 minutes", "2027-08-29 14:00 +0000", "",
      html='<html><body><h2>Drowning in DSARs?</h2><p>Tallybox finds, exports and deletes customer data across Shopify, Gmail and Stripe automatically. CCPA, GDPR, LGPD ready.</p><p><a href="https://tallybox.example/demo">Start free trial</a></p><p style="font-size:10px">Unsubscribe | Privacy</p></body></html>\n',
      label=N("en", "spam, HTML-only"))

build("en-negative-spam-email-list.eml", "plain", ("Marcus | LeadVault", "marcus@leadvault.example"),
      "Verified consumer email lists - cyclists & DIY homeowners", "2027-09-11 03:00 +0000",
      "Hello,\n\nWe offer 2.4 million opt-in consumer emails (cyclists, DIY homeowners) in the US, UK and EU, fully GDPR and CCPA compliant. Sample of 500 records free.\n\nIf not interested, reply 'unsubscribe' and we will delete your data from our database.\n\nMarcus",
      label=N("en", "data-broker spam"))

# ------------------------------------------------------------------ phishing (5)
build("en-negative-phishing-ico-fine.eml", "htmlonly", ("ICO Enforcement Notice", "enforcement@ico-gov-uk.example"),
      "Penalty Notice ref. ENF-2027-88412 - response required within 48 hours", "2027-08-19 03:12 +0000", "",
      html='<html><body><p>Information Commissioner\'s Office</p><p>Dear Data Controller,</p><p>Following a complaint from a data subject, the Commissioner intends to issue a monetary penalty against <b>3DPros LLC</b> for failing to respond to a subject access request.</p><p>To view the complaint and submit your representations, <a href="http://ico-casefiles.example/login?ref=ENF-2027-88412">sign in to the Case Portal</a> with your Google account within 48 hours.</p><p>Enforcement Department</p></body></html>\n',
      label=N("en", "phishing imitating a data-protection authority"))

build("en-negative-phishing-request-portal.eml", "plain", ("PrivacyHub Requests", "notify@privacyhub-portal.example"),
      "New verified deletion request waiting (3 days left)", "2027-09-01 02:00 +0000",
      "You have 1 new verified consumer deletion request for 3DPros LLC.\n\nStatutory deadline: 3 days\n\nOpen the request: http://privacyhub-portal.example/r/ZX81KQ\n(you will be asked to confirm your mailbox password)\n\nPrivacyHub - consumer rights, simplified",
      label=N("en", "phishing: fake request portal"))

build("en-negative-phishing-mailbox-quota.eml", "htmlonly", ("Gmail Security", "no-reply@accounts-gmail-verify.example"),
      "Action required: privacy verification for 3dprosteam@gmail.com", "2027-09-17 01:00 +0000", "",
      html='<html><body><p>Hi 3dprosteam,</p><p>Under new privacy regulations we must verify the owner of every business mailbox. Your mailbox will be suspended and all messages deleted on <b>Sept 19</b> unless you verify.</p><p><a href="http://accounts-gmail-verify.example/verify">Verify now</a></p><p>Google LLC</p></body></html>\n',
      label=N("en", "phishing: fake mail provider"))

build("en-negative-phishing-shared-deletion-request.eml", "plain", ("Karen via DocuShare", "share@docushare-files.example"),
      "Karen shared \"Data_Deletion_Request_3DPros.pdf\" with you", "2027-10-08 07:30 +0000",
      "Karen shared a file with you\n\nData_Deletion_Request_3DPros.pdf\n\"Hi, please see my attached data deletion request and process it.\"\n\nOpen: http://docushare-files.example/view/8f2k1\n\nYou'll need to sign in with your email password to view.",
      label=N("en", "phishing: fake shared deletion request"))

build("de-negative-phishing-datenschutzbehoerde.eml", "htmlonly", ("Datenschutzbehörde Österreich", "verfahren@dsb-gv-at.example"),
      "Beschwerdeverfahren DSB-D124.3821/2027 – Stellungnahme erforderlich", "2027-09-23 04:00 +0200", "",
      html='<html><body><p>Sehr geehrte Verantwortliche,</p><p>bei der Datenschutzbeh\u00f6rde ist eine Beschwerde gegen 3DPros LLC wegen Verletzung des Auskunftsrechts eingegangen. Bitte laden Sie die Beschwerdeschrift herunter und nehmen Sie binnen 2 Tagen Stellung, andernfalls wird eine Geldbu\u00dfe verh\u00e4ngt.</p><p><a href="http://dsb-gv-at.example/akte.zip">Beschwerdeschrift herunterladen (ZIP)</a></p><p>Datenschutzbeh\u00f6rde</p></body></html>\n',
      subj_mode="b", label=N("de", "phishing imitating the Austrian DPA"))

# ------------------------------------------------------------------ other-language hard negatives
build("de-negative-bestellung-stornieren.eml", "iphone", ("Lea Schmitt", "lea.schmitt@example.de"),
      "Bestellung l\u00f6schen", "2027-08-09 13:00 +0200",
      "Hallo, k\u00f6nnt ihr meine Bestellung 3DP-27-10590 bitte l\u00f6schen? Hab aus Versehen zweimal bestellt.\n\nVon meinem iPhone gesendet",
      label=N("de", "'Bestellung l\u00f6schen' = cancel a duplicate order"))

build("de-negative-b2b-avv-frage.eml", "outlook", ("Sabine Wirth", "s.wirth@radwerk-handel.example"),
      "Frage zur Auftragsverarbeitung (Art. 28 DSGVO) \u2013 Streckengesch\u00e4ft", "2027-09-16 10:00 +0200",
      "Sehr geehrte Damen und Herren,\n\nwir m\u00f6chten Ihre gedruckten Ersatzteile im Streckengesch\u00e4ft an unsere Kunden in Deutschland und \u00d6sterreich liefern lassen. Ben\u00f6tigen wir daf\u00fcr einen AV-Vertrag nach Art. 28 DSGVO mit Ihnen, und wo werden die Kundendaten gespeichert (USA?)? Bitte senden Sie uns auch Ihre H\u00e4ndlerpreisliste.\n\nMit freundlichen Gr\u00fc\u00dfen\nSabine Wirth\nRadwerk Handel GmbH, Linz",
      label=N("de", "B2B DPA question"))

build("fr-negative-copie-facture.eml", "gmail", ("Nathalie Girard", "nathalie.girard@example.fr"),
      "Copie de ma facture", "2027-08-18 10:00 +0200",
      "Bonjour,\n\nPourriez-vous m'envoyer une copie de la facture pour la poign\u00e9e de lave-vaisselle (commande 3DP-27-10488) ? J'en ai besoin pour ma comptabilit\u00e9.\n\nMerci,\nNathalie",
      label=N("fr", "copy of invoice"))

build("es-negative-cambiar-direccion.eml", "iphone", ("Pablo Ortega", "pablo.ortega@example.es"),
      "Cambio de direcci\u00f3n pedido", "2027-08-31 19:00 +0200",
      "Hola, \u00bfpod\u00e9is cambiar la direcci\u00f3n de env\u00edo del pedido 3DP-27-10702? Es C/ Mayor 12, 3\u00baB, Zaragoza. Gracias\n\nEnviado desde mi iPhone",
      label=N("es", "shipping address change"))

build("it-negative-password.eml", "gmail", ("Marco Ferri", "marco.ferri@example.it"),
      "Non riesco ad accedere al mio account", "2027-09-06 21:00 +0200",
      "Ciao, non riesco ad accedere al mio account: il link per reimpostare la password \u00e8 scaduto. Potete rimandarlo?\n\nMarco",
      label=N("it", "password reset"))

build("pl-negative-dystrybutor-rodo.eml", "outlook", ("Agnieszka Mazur", "a.mazur@czesci-agd.example"),
      "Umowa dystrybucyjna \u2013 klauzula RODO", "2027-09-21 09:30 +0200",
      "Dzie\u0144 dobry,\n\nprzesy\u0142amy projekt umowy dystrybucyjnej na Pa\u0144stwa cz\u0119\u015bci do AGD. Prosimy o uwagi, zw\u0142aszcza do \u00a7 9 (klauzula RODO i powierzenie przetwarzania danych).\n\nZ powa\u017caniem\nAgnieszka Mazur\nCz\u0119\u015bci AGD sp. z o.o., Pozna\u0144",
      charset="utf-8", attachments=[("pdf", "Umowa_dystrybucyjna_projekt.pdf", fake_pdf("Umowa dystrybucyjna"))], label=N("pl", "B2B contract with RODO clause"))

build("sv-negative-retur.eml", "gmail", ("Johan Ek", "johan.ek@example.se"),
      "Retur av fel del", "2027-09-08 12:00 +0200",
      "Hej,\n\nJag fick fel kedjeskydd (f\u00f6r 11-dels ist\u00e4llet f\u00f6r 12-dels). Hur g\u00f6r jag en retur? Kan ni ta bort den felaktiga ordern fr\u00e5n mitt konto ocks\u00e5?\n\nJohan",
      label=N("sv", "return; 'ta bort ordern' is order handling"))

build("nl-negative-inloggen.eml", "gmail", ("Sanne Bakker", "sanne.bakker@example.nl"),
      "Inloggen lukt niet", "2027-09-10 20:00 +0200",
      "Hoi, ik kan niet inloggen op mijn account, ik krijg steeds 'gegevens onjuist'. Kunnen jullie helpen?\n\nSanne",
      label=N("nl", "login problem"))

build("da-negative-levering.eml", "iphone", ("Mikkel Dahl", "mikkel.dahl@example.dk"),
      "Levering", "2027-09-22 08:00 +0200",
      "Hej, hvorn\u00e5r kommer min pakke? Ordre 3DP-27-10733. Sporingen har ikke opdateret i 5 dage\n\nSendt fra min iPhone",
      label=N("da", "delivery status"))

build("pt-negative-orcamento.eml", "gmail", ("Inês Carvalho", "ines.carvalho@example.pt"),
      "Or\u00e7amento para pe\u00e7a de m\u00e1quina de lavar", "2027-09-29 11:00 +0100",
      "Bom dia,\n\nPodem fazer um or\u00e7amento para a dobradi\u00e7a da porta de uma m\u00e1quina de lavar Indesit? Envio a foto e as medidas em anexo. Os meus dados de contacto s\u00e3o os desta mensagem.\n\nCumprimentos,\nIn\u00eas Carvalho\nBraga",
      attachments=[("jpeg", "dobradica.jpg", fake_jpeg("hinge"))], label=N("pt", "quote request"))

build("fi-negative-tilaus.eml", "plain", ("Mikko Heikkinen", "mikko.heikkinen@example.fi"),
      "Tilauksen peruutus", "2027-10-01 09:00 +0300",
      "Hei,\n\nHaluaisin perua tilaukseni 3DP-27-10810 ja poistaa sen. Tilasin v\u00e4\u00e4r\u00e4n koon.\n\nTerveisin\nMikko",
      label=N("fi", "order cancellation"))

build("de-negative-newsletter-anmelden.eml", "gmail", ("Thomas Eder", "thomas.eder@example.at"),
      "Newsletter", "2027-10-07 19:00 +0200",
      "Servus, wie kann ich mich f\u00fcr euren Newsletter anmelden? Finde das Formular nicht. Danke, Thomas",
      label=N("de", "newsletter sign-up"))

build("en-negative-privacy-law-newsletter.eml", "htmlonly", ("The Privacy Brief", "newsletter@privacybrief.example"),
      "The Privacy Brief #214: new state laws, DSAR deadlines, and the EU-US framework", "2027-10-11 12:00 +0000", "",
      html='<html><body><h1>The Privacy Brief #214</h1><p>This week: three more US state privacy laws take effect; how to count the 45-day CCPA deadline; regulators publish guidance on access requests; what the EU-US Data Privacy Framework review means for small shops.</p><p><a href="https://privacybrief.example/unsubscribe">Unsubscribe</a></p></body></html>\n',
      extra_headers=[("List-Id", "The Privacy Brief <brief.privacybrief.example>"), ("List-Unsubscribe", "<https://privacybrief.example/unsubscribe>"), ("Precedence", "bulk")],
      label=N("en", "privacy-law newsletter: list mail about privacy that asks nothing", automated="list"))
