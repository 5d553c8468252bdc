"""English privacy requests for the evaluation mailbox (hand-written; one Mail per file)."""

from __future__ import annotations

from mailkit import Mail, dedent, fmt_addr, jpeg, neg, pdf, png, quote, req, rfc822

# ------------------------------------------------------------------ access

Mail("en-request-access-ccpa-oneliner.eml",
     frm="Dana Whitfield <dana.w@example.net>", subject="my info", date="2026-11-02 21:47 -0800",
     client="apple",
     text="hi - california resident here. what personal info have you collected about me? thx\n\nSent from my iPhone\n",
     label=req(["access"], ["ccpa"], "en", "Dana Whitfield", "dana.w@example.net",
               "one-liner right-to-know from a Californian, lowercase, vague subject"))

Mail("en-request-access-gdpr-art15-formal.eml",
     frm="Fiona Gallagher <fiona.gallagher@eircom.example>", subject="Data Subject Access Request - Article 15 GDPR",
     date="2026-11-05 10:12 +0000", client="outlook", auto_html=True,
     text=dedent("""
        Dear Sir or Madam,

        I am writing to make a subject access request under Article 15 of the General Data Protection
        Regulation (EU) 2016/679.

        Please confirm whether or not 3DPros LLC processes personal data concerning me and, where that is
        the case, provide me with:

        1. a copy of the personal data you hold about me (Art. 15(3));
        2. the purposes of the processing;
        3. the categories of personal data concerned;
        4. the recipients or categories of recipients to whom the data have been or will be disclosed, in
           particular recipients in third countries, and the safeguards relied upon for such transfers
           (Art. 15(2), Art. 46);
        5. the envisaged period for which the data will be stored, or the criteria used to determine it;
        6. the source of the data where it was not collected from me;
        7. whether any automated decision-making, including profiling, takes place.

        I placed two orders through www.3dpros.com in 2025 using this email address. I understand you
        have one month to respond under Article 12(3).

        Yours faithfully,

        Fiona Gallagher
        14 Glenageary Park
        Dún Laoghaire, Co. Dublin
        A96 X2K7, Ireland
        """),
     label=req(["access"], ["gdpr"], "en", "Fiona Gallagher", "fiona.gallagher@eircom.example",
               "formal Art. 15 letter from Ireland, Outlook QP text+html"))

Mail("en-request-access-uk-sar.eml",
     frm="Ian McAllister <ian.mcallister@btinternet.example>", subject="Subject access request",
     date="2026-11-09 08:31 +0000", client="thunderbird",
     text=dedent("""
        Hello,

        Under the UK GDPR and the Data Protection Act 2018 I'd like to make a subject access request
        for all personal data you hold about me, including any notes made by staff, order history,
        emails, and any analytics or device data linked to my account or my IP address.

        I bought a custom enclosure from you back in March (order was under this email).

        Please send the information electronically. I don't expect to pay a fee.

        Kind regards,
        Ian McAllister
        Flat 2/1, 41 Dumbarton Road
        Glasgow G11 6PD
        United Kingdom
        """),
     label=req(["access"], ["uk_gdpr"], "en", "Ian McAllister", "ian.mcallister@btinternet.example",
               "UK SAR citing DPA 2018, Thunderbird format=flowed"))

Mail("en-request-access-ccpa-right-to-know.eml",
     frm="Priya Raman <priya.raman@example.com>",
     subject="Request to Know - Cal. Civ. Code 1798.100 / 1798.110", date="2026-11-10 14:05 -0800",
     client="gmail", auto_html=True,
     text=dedent("""
        To the Privacy Team at 3DPros LLC,

        I am a California resident and I am submitting a verifiable consumer request to know under the
        California Consumer Privacy Act as amended by the CPRA (Cal. Civ. Code §§ 1798.100, 1798.110 and
        1798.130).

        For the 12-month period preceding this request, please disclose:
        - the categories of personal information you have collected about me;
        - the categories of sources from which it was collected;
        - the business or commercial purpose for collecting, selling or sharing it;
        - the categories of third parties to whom you disclosed it; and
        - the specific pieces of personal information you have collected about me.

        My account email is priya.raman@example.com and my shipping address is in San Jose, CA 95126.
        I can verify my identity by confirming my last order number if needed.

        Thank you,
        Priya Raman
        """),
     label=req(["access"], ["ccpa"], "en", "Priya Raman", "priya.raman@example.com",
               "CCPA right to know citing sections, Gmail with html alternative"))

Mail("en-request-access-vague-subject-question.eml",
     frm="Greg Pulaski <gpulaski@example.org>", subject="Question", date="2026-10-14 16:22 -0500",
     client="yahoo",
     text=dedent("""
        Hello,
        Can you tell me exactly what information you have stored about me and where you got it from? I got
        a postcard from a company I never heard of right after ordering from you and I want to know what
        you have on file.
        Greg
        """),
     label=req(["access"], [], "en", "Greg Pulaski", "gpulaski@example.org",
               "access request hidden behind the subject 'Question', no law named"))

Mail("en-request-access-texas-tdpsa.eml",
     frm="Jake Holloway <jake.holloway@example.com>", subject="TDPSA request - confirm & access",
     date="2026-11-12 11:40 -0600", client="outlook",
     text=dedent("""
        Hi 3DPros,

        I'm a Texas resident (Round Rock, basically your neighbor). Under the Texas Data Privacy and
        Security Act, please confirm whether you are processing my personal data and give me access to
        it.

        I've ordered PETG parts from you a few times for my drone builds.

        Thanks,
        Jake Holloway
        512-555-0143
        """),
     label=req(["access"], ["tx_tdpsa"], "en", "Jake Holloway", "jake.holloway@example.com",
               "Texas TDPSA confirm+access, phone number in signature"))

Mail("en-request-access-pipeda-canada.eml",
     frm="Samir Haddad <samir.haddad@rogers.example>", subject="Personal information access request (PIPEDA)",
     date="2026-11-04 09:55 -0500", client="apple", auto_html=True,
     text=dedent("""
        Good morning,

        Pursuant to Principle 4.9 of Schedule 1 of the Personal Information Protection and Electronic
        Documents Act (PIPEDA), I request access to the personal information your organization holds
        about me, an account of how it has been used, and a list of the organizations to which it has
        been disclosed.

        I am a customer in Ontario and ordered a batch of replacement knobs from your shop in August.

        Regards,

        Samir Haddad
        88 Lakeshore Rd E, Mississauga, ON L5G 1E2, Canada
        """),
     label=req(["access"], ["pipeda"], "en", "Samir Haddad", "samir.haddad@rogers.example",
               "PIPEDA access request from Ontario, Apple Mail"))

Mail("en-request-access-no-subject.eml",
     frm="kyle.nguyen@example.net", subject=None, date="2026-11-15 23:10 -0600", client="mutt",
     text=dedent("""
        I would like a copy of all the personal data you hold on me. The account is under this email
        address. Send it as a PDF or whatever is easiest.

        Kyle
        """),
     label=req(["access"], [], "en", "Kyle", "kyle.nguyen@example.net",
               "no Subject header at all, bare From address without display name"))

Mail("en-request-access-swiss-fadp.eml",
     frm="Lukas Brunner <l.brunner@bluewin.example>", subject="Right of access under the Swiss FADP",
     date="2026-11-18 13:02 +0100", client="thunderbird",
     text=dedent("""
        Dear 3DPros team,

        I am resident in Switzerland and ordered from your online shop earlier this year. Under Article 25
        of the revised Swiss Federal Act on Data Protection (nFADP / revDSG) I request information on
        whether you process personal data about me and, if so, which data, for what purpose, for how long
        it is kept, and to whom it is disclosed (including recipients abroad).

        Best regards
        Lukas Brunner
        Seefeldstrasse 112
        8008 Zürich
        Switzerland
        """),
     label=req(["access"], ["fadp"], "en", "Lukas Brunner", "l.brunner@bluewin.example",
               "Swiss requester writing English, nFADP Art. 25, 8bit body"))

# ------------------------------------------------------------------ deletion

Mail("en-request-deletion-oneliner-lowercase.eml",
     frm="brittany shaw <britshaw22@example.com>", subject="delete", date="2026-11-03 07:58 -0600",
     client="gmail",
     text="pls delete my account and all my data\n",
     label=req(["deletion"], [], "en", "brittany shaw", "britshaw22@example.com",
               "one-line lowercase deletion"))

Mail("en-request-deletion-ccpa-1798-105.eml",
     frm="Marcus Oyelaran <marcus.oyelaran@example.com>", subject="Request to Delete Personal Information",
     date="2026-11-06 17:19 -0800", client="outlook", auto_html=True,
     text=dedent("""
        Hello,

        I live in Oakland, California. Pursuant to California Civil Code section 1798.105, I request
        that 3DPros LLC delete any personal information about me which you have collected, and direct
        any service providers and contractors to delete my personal information from their records as
        well.

        Please confirm in writing once the deletion is complete. If you deny any part of this request,
        please explain the legal basis.

        Marcus Oyelaran
        """),
     label=req(["deletion"], ["ccpa"], "en", "Marcus Oyelaran", "marcus.oyelaran@example.com",
               "CCPA 1798.105 deletion"))

Mail("en-request-deletion-gdpr-art17-html-only.eml",
     frm="Sanne de Vries <sanne.devries@ziggo.example>", subject="Erasure request (Art. 17 GDPR)",
     date="2026-11-08 20:44 +0100", client="outlook", html_only=True,
     text=dedent("""
        Dear 3DPros,

        I hereby request the erasure of all my personal data without undue delay pursuant to Article 17(1)
        of the GDPR. The data are no longer necessary for the purposes for which they were collected (my
        order was delivered in June) and I withdraw any consent on which the processing may be based.

        If you have disclosed my data to others, please inform them of this request as required by
        Article 19.

        Kind regards,
        Sanne de Vries
        Utrecht, the Netherlands
        """),
     label=req(["deletion"], ["gdpr"], "en", "Sanne de Vries", "sanne.devries@ziggo.example",
               "HTML-only Outlook mail (no text part), Art. 17 with incidental consent wording; deletion is the ask"))

Mail("en-request-deletion-typos-mobile.eml",
     frm="Cody Ramirez <codyr1999@example.net>", subject="acount", date="2026-11-11 01:13 -0600",
     client="apple",
     text=dedent("""
        plz remvoe my informaton from ur sistem i dont want an acount with u guys anymore. i tried
        to do it on the website but cant find the buton

        Sent from my iPhone
        """),
     label=req(["deletion"], [], "en", "Cody Ramirez", "codyr1999@example.net",
               "typo-heavy mobile deletion request"))

Mail("en-request-deletion-virginia-vcdpa.eml",
     frm="Lauren Pike <lauren.pike@example.org>", subject="Deletion request - Virginia Consumer Data Protection Act",
     date="2026-11-13 09:27 -0500", client="gmail",
     text=dedent("""
        Hello,

        I am a Virginia resident. Under the Virginia Consumer Data Protection Act (Va. Code § 59.1-577) I
        request that you delete the personal data provided by or obtained about me.

        Thank you,
        Lauren Pike
        Richmond, VA
        """),
     label=req(["deletion"], ["va_vcdpa"], "en", "Lauren Pike", "lauren.pike@example.org",
               "Virginia VCDPA deletion"))

Mail("en-negative-order-shipped-notice.eml",
     frm="3DPros Shop <no-reply@3dpros.com>", to="Olivia Grant <olivia.grant@example.com>",
     subject="Your 3DPros order #10482 has shipped", date="2026-11-09 15:02 -0600", client="form",
     text=dedent("""
        Hi Olivia,

        Good news - your order #10482 is on its way!

          2 x Custom cable clip (PETG, black)     $14.00
          1 x Desk organiser, 3-slot (PLA, sand)  $22.50
          Shipping (USPS Ground Advantage)         $6.95
          Total                                   $43.45

        Tracking: 9400 1111 0555 1234 5678 90

        Questions? Just reply to this email.

        3DPros LLC - Pflugerville, TX - www.3dpros.com
        """),
     reply_to="3DPros <3dprosteam@gmail.com>",
     label=neg("en", "our own shop shipping notification (Bcc copy in the team mailbox); thread root for a request reply"))

Mail("en-request-deletion-reply-to-order-thread.eml",
     frm="Olivia Grant <olivia.grant@example.com>", subject="Re: Your 3DPros order #10482 has shipped",
     date="2026-11-14 12:36 -0600", client="gmail", irt="en-negative-order-shipped-notice.eml",
     text="Got it, thanks - everything looks great.\n\nOne more thing: once this order is done please erase my account and the personal\n"
          "info you have about me. I won't be ordering again for a while and I'd rather not have it sitting\n"
          "around.\n\nOlivia\n\n" + quote("en-negative-order-shipped-notice.eml"),
     label=req(["deletion"], [], "en", "Olivia Grant", "olivia.grant@example.com",
               "deletion request inside a reply to an order-shipped thread"))

Mail("en-request-deletion-uk-forget-me-cp1252.eml",
     frm="Hannah O'Connell <hannah.oconnell@example.co.uk>", subject="Right to be forgotten – please action",
     date="2026-10-19 18:50 +0100", client="outlook", charset="windows-1252", auto_html=True,
     text=dedent("""
        Hi there,

        I’d like to exercise my “right to be forgotten” under the UK GDPR. Please erase my account, my
        order history and anything else you’ve got on me, including from your mailing list.

        I’m based in Leeds. If you need anything from me to confirm it’s me, let me know – but please
        don’t ask for a passport, that seems excessive for a £20 order.

        Cheers,
        Hannah
        """),
     label=req(["deletion"], ["uk_gdpr"], "en", "Hannah O'Connell", "hannah.oconnell@example.co.uk",
               "windows-1252 QP with curly quotes, UK; erasure incl. mailing list (still one type: deletion)"))

# ------------------------------------------------------------------ correction

Mail("en-request-correction-name-change.eml",
     frm="Eleanor Voss-Hartley <eleanor.vh@example.com>", subject="Please correct my name in your records",
     date="2026-11-16 10:08 -0600", client="apple",
     text=dedent("""
        Hello,

        I recently married and my legal name is now Eleanor Voss-Hartley. Your records (and the
        emails you send me) still say "Elenor Voss" - which was also misspelled to begin with. Please
        correct the personal information you hold about me so that my name is right everywhere.

        Thank you!
        Eleanor
        """),
     label=req(["correction"], [], "en", "Eleanor Voss-Hartley", "eleanor.vh@example.com",
               "correction of name held in records (not an order address change)"))

Mail("en-request-correction-gdpr-art16.eml",
     frm="Tomasz Kowalczyk <t.kowalczyk@onet.example>", subject="Rectification of inaccurate personal data (Art. 16 GDPR)",
     date="2026-11-19 08:14 +0100", client="thunderbird",
     text=dedent("""
        Dear Sir/Madam,

        Pursuant to Article 16 GDPR I request the rectification of inaccurate personal data concerning me.
        Your customer account lists my date of birth as 03/07/1988; the correct date is 07/03/1988 (7 March
        1988). My phone number is also out of date: please replace +48 601 000 111 with +48 512 222 333.

        Please confirm the correction and notify any recipients of the data (Art. 19 GDPR).

        Best regards,
        Tomasz Kowalczyk
        Kraków, Poland
        """),
     label=req(["correction"], ["gdpr"], "en", "Tomasz Kowalczyk", "t.kowalczyk@onet.example",
               "Art. 16 rectification from Poland in English"))

Mail("en-request-correction-ccpa.eml",
     frm="Devon Price <devon.price@example.net>", subject="Right to correct inaccurate info",
     date="2026-11-20 16:45 -0800", client="gmail",
     text=dedent("""
        Hi,

        California consumer here. Under the CCPA/CPRA right to correct (Civ. Code 1798.106) please fix the
        inaccurate personal information on my profile: you have me listed as "Devin Pryce" with a
        business name "Price Robotics" - I'm a private individual and there is no such business. Please
        correct the name and remove the business field.

        Devon Price
        Sacramento, CA
        """),
     label=req(["correction"], ["ccpa"], "en", "Devon Price", "devon.price@example.net",
               "CCPA 1798.106 correction"))

Mail("en-request-correction-colorado.eml",
     frm="Ryan Castillo <rcastillo@example.com>", subject="Colorado Privacy Act - correction",
     date="2026-10-27 12:18 -0600", client="yahoo",
     text=dedent("""
        Hello 3DPros,

        Per the Colorado Privacy Act I am asking you to correct inaccuracies in my personal data. The email
        on my account has a typo from when I signed up (rcastilo@...) and my recovery emails keep failing.
        The right address is this one, rcastillo@example.com.

        Ryan Castillo
        Fort Collins, CO 80521
        """),
     label=req(["correction"], ["co_cpa"], "en", "Ryan Castillo", "rcastillo@example.com",
               "Colorado CPA correction of account email"))

# ------------------------------------------------------------------ portability

Mail("en-request-portability-art20-json.eml",
     frm="Jonas Lindqvist <jonas.lindqvist@example.se>", subject="Data portability request",
     date="2026-11-07 11:30 +0100", client="gmail",
     text=dedent("""
        Hello,

        I would like to exercise my right to data portability under Article 20 GDPR. Please provide the
        personal data I have provided to you (account details, saved addresses, order history and the
        uploaded model files metadata) in a structured, commonly used and machine-readable format such as
        JSON or CSV.

        Thanks,
        Jonas Lindqvist
        Göteborg, Sweden
        """),
     label=req(["portability"], ["gdpr"], "en", "Jonas Lindqvist", "jonas.lindqvist@example.se",
               "Art. 20 portability, machine-readable format"))

Mail("en-request-portability-transmit-controller.eml",
     frm="Aisha Bello <aisha.bello@example.co.uk>", subject="Transfer of my data to another provider",
     date="2026-11-17 14:51 +0000", client="outlook",
     text=dedent("""
        Hello,

        I'm moving my printing work to another service (PrintFarm Ltd). Under Article 20(2) of the UK
        GDPR, please transmit the personal data I provided to you - my account profile, order history and
        saved delivery addresses - directly to them at dataimport@printfarm.example in a machine-readable
        format. If a direct transfer isn't technically feasible, send the file to me instead.

        Regards,
        Aisha Bello
        Bristol BS8 1QU
        """),
     label=req(["portability"], ["uk_gdpr"], "en", "Aisha Bello", "aisha.bello@example.co.uk",
               "portability with transmission to another controller (Art. 20(2))"))

Mail("en-request-portability-oneliner-export.eml",
     frm="Nathan Ward <nward@example.org>", subject="export?", date="2026-11-21 19:03 -0600", client="gmail",
     text="can i get an export of my data (order history + saved designs) as a machine readable file? csv is fine\n\n-nate\n",
     label=req(["portability"], [], "en", "Nathan Ward", "nward@example.org",
               "informal portability one-liner"))

# ------------------------------------------------------------------ restriction

Mail("en-request-restriction-art18-contest.eml",
     frm="Hélène Marchetti <helene.marchetti@example.eu>", subject="Request for restriction of processing - Art. 18(1)(a) GDPR",
     date="2026-11-06 09:41 +0100", client="thunderbird",
     text=dedent("""
        Dear Data Controller,

        I contest the accuracy of personal data you hold about me: an invoice in my name from your shop
        lists a company VAT number that is not mine and has been passed to a collection agency. Pursuant to
        Article 18(1)(a) GDPR I request that you restrict the processing of my personal data for the
        period necessary for you to verify its accuracy. Do not delete anything in the meantime - I may
        need the records.

        Please inform me before any restriction is lifted (Art. 18(3)).

        Hélène Marchetti
        Lyon, France
        """),
     label=req(["restriction"], ["gdpr"], "en", "Hélène Marchetti", "helene.marchetti@example.eu",
               "Art. 18(1)(a) restriction pending accuracy check, explicitly not deletion"))

Mail("en-request-restriction-legal-claim-uk.eml",
     frm="Walter Dobbs <walter.dobbs@example.co.uk>", subject="Please do not erase - restriction request",
     date="2026-11-22 10:05 +0000", client="gmail", auto_html=True,
     text=dedent("""
        Dear 3DPros,

        I understand from your auto-generated emails that inactive accounts are purged after 12 months. I
        am in a dispute with a third party about a part you printed for me in 2025 and I need the order
        records, photos and correspondence for a legal claim.

        Under Article 18(1)(c) UK GDPR I ask you to restrict processing of my personal data: keep it
        stored, but do not use it for anything else and do not delete it until I tell you the matter is
        closed.

        Walter Dobbs
        Norwich NR2 4AB
        """),
     label=req(["restriction"], ["uk_gdpr"], "en", "Walter Dobbs", "walter.dobbs@example.co.uk",
               "restriction for a legal claim; 'do not erase' is a hard cue against deletion"))

Mail("en-request-restriction-plain.eml",
     frm="Maya Chen <maya.chen@example.com>", subject="limit what you do with my info",
     date="2026-10-30 13:25 -0500", client="apple",
     text=dedent("""
        Hi - I don't want my account deleted, I still have an open order with you. But until that's
        delivered, please limit the use of my personal information to just fulfilling that order.
        No analytics, no mailing list, nothing else. Just freeze it otherwise.

        Maya
        """),
     label=req(["restriction"], [], "en", "Maya Chen", "maya.chen@example.com",
               "plain-language restriction of processing, no law cited"))

# ------------------------------------------------------------------ objection

Mail("en-request-objection-profiling-art21.eml",
     frm="Fabian Roth <fabian.roth@posteo.example>", subject="Objection to processing (Art. 21(1) GDPR)",
     date="2026-11-03 16:40 +0100", client="thunderbird",
     text=dedent("""
        Dear Sir or Madam,

        I object, on grounds relating to my particular situation, to the processing of my personal data
        based on your legitimate interests (Art. 6(1)(f) GDPR), in particular the profiling of my browsing
        and purchase behaviour for analytics and "special offers" targeting. Pursuant to Art. 21(1) GDPR
        you must stop this processing unless you demonstrate compelling legitimate grounds which override
        my interests.

        Regards,
        Fabian Roth
        Berlin
        """),
     label=req(["objection"], ["gdpr"], "en", "Fabian Roth", "fabian.roth@posteo.example",
               "Art. 21(1) objection to legitimate-interest profiling (not direct marketing)"))

Mail("en-request-objection-analytics-tracking.eml",
     frm="Erin Fitzpatrick <erin.fitz@example.ie>", subject="Stop tracking me on your site",
     date="2026-11-12 21:17 +0000", client="gmail",
     text=dedent("""
        Hi,

        Your privacy notice says you log my IP address, device details and location "for internal
        analytics and reporting" on the basis of legitimate interests. I object to that. I'm happy for you
        to process what's needed to ship my orders, but I don't want my usage tracked and analysed.

        Erin (Cork, Ireland)
        """),
     label=req(["objection"], ["gdpr"], "en", "Erin Fitzpatrick", "erin.fitz@example.ie",
               "objection to analytics under legitimate interests, Ireland"))

Mail("en-request-objection-location-data.eml",
     frm="Rob Tinsley <rob.tinsley@example.net>", subject="location data", date="2026-11-23 08:02 -0600",
     client="yahoo", html_only=True,
     text=dedent("""
        Hello,
        I object to 3DPros collecting and using my device location. I read in the notice that you may use GPS
        or IP based location. Please stop processing my location data for any purpose.
        Rob Tinsley
        """),
     label=req(["objection"], [], "en", "Rob Tinsley", "rob.tinsley@example.net",
               "HTML-only Yahoo mail objecting to location processing"))

# ------------------------------------------------------------------ withdraw consent

Mail("en-request-withdraw-consent-plain.eml",
     frm="Tanya Moretti <tanya.moretti@example.com>", subject="Withdrawing consent",
     date="2026-11-05 12:12 -0600", client="gmail",
     text=dedent("""
        Hello,

        I hereby withdraw my consent to the processing of my personal data for any purpose beyond what is
        strictly needed to complete the order I already paid for. That includes the photo of my finished
        cosplay piece I agreed you could keep for your portfolio - please don't use it.

        Thanks,
        Tanya Moretti
        """),
     label=req(["withdraw_consent"], [], "en", "Tanya Moretti", "tanya.moretti@example.com",
               "withdrawal of consent incl. portfolio photo"))

Mail("en-request-withdraw-consent-pipeda.eml",
     frm="Noah Lefebvre <noah.lefebvre@shaw.example>", subject="Withdrawal of consent - PIPEDA",
     date="2026-11-13 18:30 -0700", client="outlook",
     text=dedent("""
        Hi,

        Your privacy notice says that Canadians can withdraw consent at any time. I'm in Calgary, Alberta
        and I'm withdrawing my consent for 3DPros to collect, use or disclose my personal information for
        any purpose other than what the law requires you to keep.

        Noah Lefebvre
        """),
     label=req(["withdraw_consent"], ["pipeda"], "en", "Noah Lefebvre", "noah.lefebvre@shaw.example",
               "Canadian consent withdrawal referring to notice"))

Mail("en-request-withdraw-consent-review-photo.eml",
     frm="Chris Albrecht <chris.albrecht@example.org>", subject="Re: my consent for the showcase",
     date="2026-10-22 10:50 -0500", client="apple",
     text=dedent("""
        Hey team,

        Earlier this year I ticked the box agreeing that you could feature my name and the photos of my
        model railway parts on your showcase page. I'm revoking that consent now. Please stop using my
        name and images from today.

        Chris
        """),
     label=req(["withdraw_consent"], [], "en", "Chris Albrecht", "chris.albrecht@example.org",
               "consent revocation with a misleading 'Re:' subject but no thread"))

# ------------------------------------------------------------------ opt-out of sale / sharing

Mail("en-request-optout-sale-dnss.eml",
     frm="Zoe Adeyemi <zoe.adeyemi@example.com>", subject="Do Not Sell or Share My Personal Information",
     date="2026-11-02 09:09 -0800", client="gmail", auto_html=True,
     text=dedent("""
        Hello,

        Under the California Consumer Privacy Act, I direct 3DPros LLC not to sell or share my personal
        information, including for cross-context behavioral advertising. Please also honor this for any
        cookies or pixels on 3dpros.com tied to my browser.

        Name: Zoe Adeyemi
        Email: zoe.adeyemi@example.com
        State: California

        Thank you.
        """),
     label=req(["opt_out_sale"], ["ccpa"], "en", "Zoe Adeyemi", "zoe.adeyemi@example.com",
               "Do Not Sell or Share; has Name:/Email: lines but is NOT a form notification"))

Mail("en-request-optout-sale-gpc.eml",
     frm="Kevin Marsh <kmarsh@example.net>", subject="Global Privacy Control", date="2026-11-18 22:31 -0800",
     client="thunderbird",
     text=dedent("""
        Hi,

        My browser sends the Global Privacy Control signal (Sec-GPC: 1) but your site still loads the
        Meta pixel and TikTok tags. As a California resident I'm telling you directly as well: treat this
        as my request to opt out of the sale and sharing of my personal information.

        Kevin Marsh
        Los Angeles
        """),
     label=req(["opt_out_sale"], ["ccpa"], "en", "Kevin Marsh", "kmarsh@example.net",
               "GPC-based opt-out of sale/sharing"))

Mail("en-request-optout-sale-connecticut-targeted-ads.eml",
     frm="Meredith Quinn <meredith.quinn@example.org>", subject="Opt out - targeted advertising and sale (CTDPA)",
     date="2026-11-10 07:48 -0500", client="outlook",
     text=dedent("""
        Good morning,

        I am a resident of Connecticut. Pursuant to the Connecticut Data Privacy Act, I opt out of the
        processing of my personal data for purposes of targeted advertising and the sale of my personal
        data.

        Sincerely,
        Meredith Quinn
        New Haven, CT 06511
        """),
     label=req(["opt_out_sale"], ["ct_ctdpa"], "en", "Meredith Quinn", "meredith.quinn@example.org",
               "Connecticut opt-out of targeted ads and sale"))

Mail("en-request-optout-sale-texas-oneliner.eml",
     frm="Bobby Trujillo <btrujillo@example.com>", subject="opt out", date="2026-11-24 08:15 -0600",
     client="gmail",
     text="Texas resident. Opt me out of any sale of my data and targeted advertising. Thanks - Bobby\n",
     label=req(["opt_out_sale"], ["tx_tdpsa"], "en", "Bobby Trujillo", "btrujillo@example.com",
               "terse Texas opt-out; subject 'opt out' is ambiguous with marketing"))

# ------------------------------------------------------------------ opt-out of marketing

Mail("en-request-optout-marketing-unsubscribe-oneliner.eml",
     frm="Sharon Kimball <skimball@example.net>", subject="unsubscribe", date="2026-11-04 06:40 -0600",
     client="yahoo", text="please take me off your mailing list\n",
     label=req(["opt_out_marketing"], [], "en", "Sharon Kimball", "skimball@example.net",
               "classic unsubscribe one-liner"))

Mail("en-request-optout-marketing-stop-emailing.eml",
     frm="Dale Hutchins <dale.hutchins@example.com>", subject="STOP EMAILING ME", date="2026-11-15 17:02 -0500",
     client="outlook",
     text=dedent("""
        I NEVER SIGNED UP FOR YOUR PROMOTIONS. I bought ONE thing from you. Stop sending me your sale emails,
        3 a week is ridiculous. Remove me.

        Dale
        """),
     label=req(["opt_out_marketing"], [], "en", "Dale Hutchins", "dale.hutchins@example.com",
               "angry all-caps marketing opt-out; not a formal complaint"))

Mail("en-request-optout-marketing-art21-2.eml",
     frm="Clara Jensen <clara.jensen@example.dk>", subject="Objection to direct marketing",
     date="2026-11-08 13:33 +0100", client="gmail",
     text=dedent("""
        Dear 3DPros,

        Pursuant to Article 21(2) and (3) GDPR I object to the processing of my personal data for direct
        marketing purposes, including any profiling related to it. Please stop sending me newsletters and
        offers and confirm that my email address is on your suppression list.

        Best regards,
        Clara Jensen
        Aarhus, Denmark
        """),
     label=req(["opt_out_marketing"], ["gdpr"], "en", "Clara Jensen", "clara.jensen@example.dk",
               "Art. 21(2) objection to direct marketing = opt_out_marketing, not objection"))

Mail("en-negative-3dpros-newsletter-black-friday.eml",
     frm="3DPros <3dprosteam@gmail.com>", to="3DPros customers <3dprosteam@gmail.com>",
     subject="Black Friday: 20% off all PLA & PETG prints", date="2026-11-20 08:00 -0600", client="gmail",
     text=dedent("""
        Hi there,

        Our Black Friday sale starts now: 20% off every PLA and PETG print through Monday, code BF26.
        New this month: silk-finish PLA in copper and a 24-hour rush option for Austin-area pickups.

        Happy printing,
        The 3DPros team
        Pflugerville, TX

        You're receiving this because you ordered from 3dpros.com. Reply "unsubscribe" to stop these emails.
        """),
     label=neg("en", "our own newsletter sent from the team address (copy in the mailbox); mentions unsubscribe"))

Mail("en-request-optout-marketing-reply-to-newsletter.eml",
     frm="Pete Gomez <pete.gomez@example.org>", subject="Re: Black Friday: 20% off all PLA & PETG prints",
     date="2026-11-20 09:41 -0600", client="gmail", irt="en-negative-3dpros-newsletter-black-friday.eml",
     text="remove me from this list please\n\n" + quote("en-negative-3dpros-newsletter-black-friday.eml"),
     label=req(["opt_out_marketing"], [], "en", "Pete Gomez", "pete.gomez@example.org",
               "reply to our own newsletter asking to be removed"))

# ------------------------------------------------------------------ shine the light

Mail("en-request-shinelight-1798-83.eml",
     frm="Rebecca Stein <rebecca.stein@example.com>", subject="California Civil Code Section 1798.83 Request",
     date="2026-11-09 11:11 -0800", client="outlook", auto_html=True,
     text=dedent("""
        To Whom It May Concern:

        I am a California resident and a customer of 3DPros LLC. Pursuant to California Civil Code
        Section 1798.83 ("Shine the Light"), I request that you provide me with (1) a list of the
        categories of personal information that you disclosed to third parties for their direct marketing
        purposes during the immediately preceding calendar year, and (2) the names and addresses of all
        such third parties.

        Please send your response to this email address.

        Rebecca Stein
        2218 Pine St, San Francisco, CA 94115
        """),
     label=req(["shine_the_light"], ["ca_shine_the_light"], "en", "Rebecca Stein", "rebecca.stein@example.com",
               "formal Shine the Light letter"))

Mail("en-request-shinelight-plain.eml",
     frm="Mateo Alvarez <mateo.alvarez@example.net>", subject="who did you share my info with?",
     date="2026-11-19 20:20 -0800", client="gmail",
     text=dedent("""
        Hi, I'm in California. Under the Shine the Light law, can you tell me which companies you gave my
        info to for their own marketing last year? I started getting filament catalogs from companies I
        never contacted.

        Mateo
        """),
     label=req(["shine_the_light"], ["ca_shine_the_light"], "en", "Mateo Alvarez", "mateo.alvarez@example.net",
               "informal Shine the Light"))

Mail("en-request-shinelight-direct-marketing-disclosure.eml",
     frm="Gloria Tran <gloria.tran@example.org>", subject="Your Privacy Rights - California direct marketing disclosure",
     date="2026-10-26 15:35 -0700", client="apple",
     text=dedent("""
        Hello,

        Your privacy notice says California residents may request information about disclosures of
        personal information to third parties for direct marketing purposes once a year, free of charge.
        I'm making that request for calendar year 2025.

        Gloria Tran
        Irvine, CA
        """),
     label=req(["shine_the_light"], ["ca_shine_the_light"], "en", "Gloria Tran", "gloria.tran@example.org",
               "Shine the Light phrased after the notice, no statute number"))

# ------------------------------------------------------------------ minors' removal

Mail("en-request-minor-removal-review.eml",
     frm="Chloe Summers <chloe.s.2010@example.com>", subject="pls remove my post", date="2026-11-07 16:48 -0800",
     client="gmail",
     text=dedent("""
        hi, im 16 and i live in california. a while ago i posted a review with a picture of my keyboard
        case on your site under the name chloe_prints. i dont want it up anymore, can you please remove it?
        i read that minors in california can ask for that

        thanks
        chloe
        """),
     label=req(["minor_removal"], ["ccpa"], "en", "Chloe Summers", "chloe.s.2010@example.com",
               "16-year-old Californian asking removal of her posted review"))

Mail("en-request-minor-removal-22581.eml",
     frm="Ethan Brooks <ethanbrooks.makes@example.net>", subject="Removal of content I posted (Bus. & Prof. Code 22581)",
     date="2026-11-14 19:30 -0800", client="thunderbird",
     text=dedent("""
        Hello,

        I am 15 years old, a registered user of 3dpros.com, and a California resident. Under California
        Business and Professions Code section 22581 I request removal of the content I posted on your
        website: the gallery upload "Articulated dragon v2" and the two comments under it, username
        ebrooks_makes.

        Thank you,
        Ethan Brooks
        """),
     label=req(["minor_removal"], ["ccpa"], "en", "Ethan Brooks", "ethanbrooks.makes@example.net",
               "minor citing B&P 22581 for gallery content"))

Mail("en-request-minor-removal-parent-for-teen.eml",
     frm="Angela Delgado <angela.delgado@example.com>", subject="Please take down my son's photos",
     date="2026-11-21 10:14 -0800", client="yahoo",
     text=dedent("""
        Hello,

        My son Mateo (14) posted pictures of his robotics club parts on your customer gallery along with
        his full name and school. We live in Fresno, California. He wants them removed and so do I.
        Could you please remove the posts he made? His account is mdelgado_bots.

        Thank you,
        Angela Delgado
        """),
     label=req(["minor_removal"], ["ccpa"], "en", "Mateo Delgado", "",
               "parent asks for removal of her 14-year-old's posted content: parent acts for the minor",
               agent=("Angela Delgado", "angela.delgado@example.com"), agent_for=("Mateo Delgado", "")))

# ------------------------------------------------------------------ complaints

Mail("en-request-complaint-ignored-deletion.eml",
     frm="Olu Martins <olu.martins@example.co.uk>", subject="FORMAL COMPLAINT - ignored erasure request",
     date="2026-11-16 09:00 +0000", client="outlook",
     text=dedent("""
        To 3DPros LLC,

        On 28 September I emailed you asking for my personal data to be erased. Seven weeks later I have
        had no acknowledgement and I am still receiving your emails. This is a formal complaint about the
        way you have handled my request.

        I still want all my data erased. If I do not receive a response within 14 days I will take this
        to the Information Commissioner's Office.

        Olu Martins
        Manchester
        """),
     label=req(["complaint", "deletion"], ["uk_gdpr"], "en", "Olu Martins", "olu.martins@example.co.uk",
               "complaint about an ignored request + restated erasure (earlier mail not in the set)"))

Mail("en-request-complaint-leaked-email.eml",
     frm="Sam Whitaker <3dpros-only.sam@example.net>", subject="You leaked my email address",
     date="2026-11-11 12:55 -0600", client="gmail",
     text=dedent("""
        Hi,

        I use a unique email address for every shop. This one (3dpros-only.sam@...) was given ONLY to you,
        and since last week it gets crypto spam and fake invoices. Either you sold my address or you had a
        breach. I want to lodge a complaint about how you handle customer data and I expect an explanation
        of what happened.

        Sam Whitaker
        """),
     label=req(["complaint"], [], "en", "Sam Whitaker", "3dpros-only.sam@example.net",
               "privacy complaint about a suspected leak"))

Mail("en-request-complaint-still-getting-marketing.eml",
     frm="Linda Ferraro <linda.ferraro@example.com>", subject="Complaint: unsubscribed twice, still spammed",
     date="2026-11-22 15:10 -0500", client="apple",
     text=dedent("""
        I have clicked "unsubscribe" twice (in October and again on Nov 3) and you are STILL sending me your
        promotions. This is a complaint. Take me off the list for good and tell me why the first two
        requests were ignored.

        Linda Ferraro
        Columbus, Ohio
        """),
     label=req(["complaint", "opt_out_marketing"], ["can_spam"], "en", "Linda Ferraro", "linda.ferraro@example.com",
               "complaint about ignored unsubscribes + renewed opt-out; US commercial email"))

Mail("en-request-complaint-id-demand.eml",
     frm="Paul Renner <paul.renner@example.de>", subject="Complaint regarding your verification practice",
     date="2026-11-23 17:44 +0100", client="thunderbird",
     text=dedent("""
        Dear 3DPros,

        I wish to complain about the way my access request of last month was handled. Your team asked me for
        a full scan of my passport before answering, although I wrote from the email address registered on
        my account. I consider that disproportionate under Art. 12(6) and the data minimisation principle of
        the GDPR. Please review this practice and let me know the outcome.

        Paul Renner
        Hamburg
        """),
     label=req(["complaint"], ["gdpr"], "en", "Paul Renner", "paul.renner@example.de",
               "complaint about our handling of a previous request (no thread headers)"))

# ------------------------------------------------------------------ multi-type

Mail("en-request-multi-access-then-delete.eml",
     frm="Keith Brandt <keith.brandt@example.com>", subject="copy of my data, then delete it",
     date="2026-11-01 14:14 -0500", client="gmail",
     text=dedent("""
        Hello,

        Before I close my account I'd like a copy of everything you have about me (orders, addresses,
        messages). Once you've sent that, please delete it all and close the account.

        Keith Brandt
        """),
     label=req(["access", "deletion"], [], "en", "Keith Brandt", "keith.brandt@example.com",
               "access then deletion in one message"))

Mail("en-request-multi-delete-and-unsubscribe.eml",
     frm="Jenna Albrecht <jenna.albrecht@example.net>", subject="Close my account",
     date="2026-11-09 22:02 -0600", client="yahoo", auto_html=True,
     text=dedent("""
        Hi,
        Please delete my account and all info you have on me, and stop sending me promotional emails
        in the meantime.
        Jenna
        """),
     label=req(["deletion", "opt_out_marketing"], [], "en", "Jenna Albrecht", "jenna.albrecht@example.net",
               "deletion + marketing opt-out"))

Mail("en-request-multi-ccpa-know-delete-optout.eml",
     frm="Ramon Ortiz <ramon.ortiz@example.org>", subject="CCPA Requests",
     date="2026-11-17 10:27 -0800", client="outlook", auto_html=True,
     text=dedent("""
        Dear 3DPros LLC,

        I am a California resident exercising my rights under the CCPA/CPRA. Please treat this message
        as three requests:

        1. Request to Know (Civ. Code 1798.110): the specific pieces of personal information you hold about
           me and the categories of sources and third parties.
        2. Request to Delete (Civ. Code 1798.105): after responding to (1), delete my personal information.
        3. Request to Opt Out of Sale/Sharing (Civ. Code 1798.120): do not sell or share my personal
           information.

        Ramon Ortiz
        Pasadena, CA 91101
        """),
     label=req(["access", "deletion", "opt_out_sale"], ["ccpa"], "en", "Ramon Ortiz", "ramon.ortiz@example.org",
               "three CCPA rights enumerated"))

Mail("en-request-multi-access-portability-base64.eml",
     frm="Ben Okafor <ben.okafor@example.com>", subject="My data", date="2026-10-16 08:26 +0100",
     client="gmail", cte="base64",
     text=dedent("""
        Hello 3DPros,

        Under the UK GDPR I'd like (a) confirmation of what personal data you hold about me and a copy of
        it, and (b) the data I gave you in a machine-readable format so I can reuse it elsewhere.

        Cheers,
        Ben Okafor
        London E8
        """),
     label=req(["access", "portability"], ["uk_gdpr"], "en", "Ben Okafor", "ben.okafor@example.com",
               "base64-encoded text body; access + portability"))

Mail("en-request-multi-withdraw-and-delete-photos.eml",
     frm="Sofia Lindqvist <sofia@lindqvist-design.example>", subject="photos + account",
     date="2026-11-12 15:39 +0100", client="apple",
     text=dedent("""
        Hello,

        I withdraw the consent I gave for you to publish my project photos and my name on Instagram and
        your website. Please also delete the copies of those photos and my account.

        Best,
        Sofia
        """),
     label=req(["withdraw_consent", "deletion"], [], "en", "Sofia Lindqvist", "sofia@lindqvist-design.example",
               "withdraw consent + deletion"))

# ------------------------------------------------------------------ authorized agents

Mail("en-request-agent-ccpa-deletion-pdf.eml",
     frm="Privacy Helpers Inc. <requests@privacyhelpers.example>",
     subject="CCPA Request to Delete and Opt-Out on behalf of Dana Whitfield", date="2026-11-06 10:00 -0800",
     client="outlook", auto_html=True,
     text=dedent("""
        To: 3DPros LLC Privacy Team

        Privacy Helpers Inc. is an authorized agent registered with the California Secretary of State,
        acting on behalf of the consumer identified below. Pursuant to Cal. Civ. Code §§ 1798.105,
        1798.120 and 1798.135 and 11 CCR § 7063, the consumer requests that you:

          (a) delete all personal information you have collected about the consumer; and
          (b) stop selling or sharing the consumer's personal information.

        Consumer:  Dana Whitfield
        Email:     dana.w@example.net
        Address:   4410 Shattuck Ave, Oakland, CA 94609

        A signed authorization from the consumer is attached. Please direct all correspondence about this
        request to requests@privacyhelpers.example and quote our reference PH-77412.

        Privacy Helpers Inc.
        Consumer Rights Desk
        """),
     attachments=[pdf("PH-77412_authorization_Whitfield.pdf", "signed authorization")],
     label=req(["deletion", "opt_out_sale"], ["ccpa"], "en", "Dana Whitfield", "dana.w@example.net",
               "authorized agent with attached authorization PDF",
               agent=("Privacy Helpers Inc.", "requests@privacyhelpers.example"),
               agent_for=("Dana Whitfield", "dana.w@example.net")))

Mail("en-request-agent-ccpa-access-no-attachment.eml",
     frm="OptOutNow Agent Services <agent@optoutnow.example>",
     subject="Authorized Agent Request to Know - Ref ON-2026-55310", date="2026-11-13 06:02 -0800",
     client="form", reply_to="OptOutNow Agent Services <agent@optoutnow.example>",
     text=dedent("""
        This request is submitted by OptOutNow Agent Services as the authorized agent of the consumer named
        below, under the California Consumer Privacy Act.

        Request type: Right to Know (specific pieces of personal information)
        Consumer name: Harold Becker
        Consumer email: h.becker@example.com
        Consumer state of residence: California

        The consumer's written permission is on file with us and will be provided upon request, as
        permitted by 11 CCR § 7063(a). Please respond within the statutory timeframe.

        OptOutNow Agent Services - helping consumers reclaim their privacy
        """),
     label=req(["access"], ["ccpa"], "en", "Harold Becker", "h.becker@example.com",
               "agent service, authorization 'on file' (not attached); has Field: lines but is agent mail, not our form",
               agent=("OptOutNow Agent Services", "agent@optoutnow.example"),
               agent_for=("Harold Becker", "h.becker@example.com")))

Mail("en-request-agent-attorney-letter.eml",
     frm="Margaret Li, Esq. <mli@lilawgroup.example>", subject="Client: Trevor Banks - Request to Know and Delete",
     date="2026-11-18 15:22 -0800", client="outlook",
     text=dedent("""
        Dear Sir or Madam:

        This firm represents Trevor Banks (trevor.banks@example.net) of Santa Monica, California. On his
        behalf, and pursuant to Cal. Civ. Code §§ 1798.110 and 1798.105, we request that 3DPros LLC (1)
        disclose the specific pieces of personal information it has collected about Mr. Banks and (2)
        thereafter delete such information.

        Enclosed please find Mr. Banks's signed power of attorney.

        Very truly yours,

        Margaret Li
        Li Law Group LLP
        1200 Wilshire Blvd, Suite 900, Los Angeles, CA 90017
        """),
     attachments=[pdf("Banks_POA_signed.pdf", "power of attorney")],
     label=req(["access", "deletion"], ["ccpa"], "en", "Trevor Banks", "trevor.banks@example.net",
               "attorney acting for client with POA attached",
               agent=("Margaret Li, Esq.", "mli@lilawgroup.example"),
               agent_for=("Trevor Banks", "trevor.banks@example.net")))

Mail("en-request-agent-family-member.eml",
     frm="Daniel Sorensen <dan.sorensen@example.com>", subject="Request on behalf of my mother",
     date="2026-11-04 13:13 -0600", client="gmail",
     attachments=[jpeg("POA_Margaret_Sorensen.jpg")],
     text=dedent("""
        Hello,

        I'm writing on behalf of my mother, Margaret Sorensen, who had an account with you
        (margaret.sorensen@example.com). She is 84, has moved into assisted living and no longer uses email.
        I hold her durable power of attorney (photo attached).

        Please delete her account and any personal data you hold about her.

        Thank you,
        Daniel Sorensen
        Austin, TX
        """),
     label=req(["deletion"], [], "en", "Margaret Sorensen", "margaret.sorensen@example.com",
               "family member with power of attorney acting for his mother",
               agent=("Daniel Sorensen", "dan.sorensen@example.com"),
               agent_for=("Margaret Sorensen", "margaret.sorensen@example.com")))

Mail("en-request-agent-bulk-service-optout.eml",
     frm="Permission Desk <noreply-requests@permissiondesk.example>",
     subject="Do Not Sell/Share request for consumer (authorized agent) #PD8831-XK",
     date="2026-11-20 04:15 -0800", client="form", auto_html=True,
     reply_to="Permission Desk Support <support@permissiondesk.example>",
     text=dedent("""
        Hello 3DPros LLC,

        Permission Desk is acting as an authorized agent for a California consumer who has asked us to
        send you the following requests:

          * Opt out of the sale or sharing of personal information
          * Delete personal information

        Consumer details
          Name: Ana Ruiz
          Email: ana.ruiz@example.org
          Phone: (619) 555-0172
          ZIP: 92104

        Proof of the consumer's authorization: https://permissiondesk.example/proof/PD8831-XK

        Reply to this email with questions. Request ID: PD8831-XK
        """),
     label=req(["opt_out_sale", "deletion"], ["ccpa"], "en", "Ana Ruiz", "ana.ruiz@example.org",
               "bulk agent service from a no-reply address; its own 'PD...' id is not our token",
               agent=("Permission Desk", "noreply-requests@permissiondesk.example"),
               agent_for=("Ana Ruiz", "ana.ruiz@example.org")))

# ------------------------------------------------------------------ web-form notifications

Mail("en-request-form-deletion-noreply.eml",
     frm="3DPros Website <no-reply@3dpros.com>", subject="New Data Subject Request submission",
     date="2026-11-03 14:27 -0600", client="form", reply_to="Harper Lin <harper.lin@example.com>",
     text=dedent("""
        A new submission was received through the Data Subject Request form on www.3dpros.com.

        Full Name: Harper Lin
        Email: harper.lin@example.com
        Phone: 737-555-0188
        Country / State: United States / Texas
        I am: The data subject
        Request Type: Delete my personal information
        Details: I made an account to get a quote but never ordered. Please delete the account.
        Confirm: I confirm the information is accurate

        --
        Sent from https://www.3dpros.com/privacy-request/
        IP: 203.0.113.54
        """),
     label=req(["deletion"], ["tx_tdpsa"], "en", "Harper Lin", "harper.lin@example.com",
               "form notification from no-reply; requester is in the fields; Texas state field", form=True))

Mail("en-request-form-access-own-mailbox.eml",
     frm="3DPros <3dprosteam@gmail.com>", subject="[3DPros] Privacy request from Walter Nguyen",
     date="2026-11-08 09:02 -0600", client="form", reply_to="walter.nguyen@example.net",
     text=dedent("""
        Name: Walter Nguyen
        Email: walter.nguyen@example.net
        Request: Access - send me a copy of my personal information
        State of residence: California
        Message: Please include any data from your analytics tools too.

        ---
        This e-mail was sent from the contact form on 3DPros (https://www.3dpros.com)
        """),
     label=req(["access"], ["ccpa"], "en", "Walter Nguyen", "walter.nguyen@example.net",
               "form notification sent from the company's own address; requester is in the fields", form=True))

Mail("en-request-form-optout-sale-html.eml",
     frm="3DPros Website <no-reply@3dpros.com>", subject="Form submission: Do Not Sell or Share My Personal Information",
     date="2026-11-11 17:50 -0600", client="form",
     text=dedent("""
        Do Not Sell or Share My Personal Information

        First Name: Luis
        Last Name: Herrera
        Email Address: luis.herrera@example.com
        State: California
        Request: Opt out of sale/sharing
        Comments: (none)
        """),
     html=dedent("""
        <html><body style="font-family:Arial,sans-serif">
        <h2 style="color:#e85d04">Do Not Sell or Share My Personal Information</h2>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td style="background:#f4f4f4"><strong>First Name</strong></td><td>Luis</td></tr>
        <tr><td style="background:#f4f4f4"><strong>Last Name</strong></td><td>Herrera</td></tr>
        <tr><td style="background:#f4f4f4"><strong>Email Address</strong></td><td><a href="mailto:luis.herrera@example.com">luis.herrera@example.com</a></td></tr>
        <tr><td style="background:#f4f4f4"><strong>State</strong></td><td>California</td></tr>
        <tr><td style="background:#f4f4f4"><strong>Request</strong></td><td>Opt out of sale/sharing</td></tr>
        <tr><td style="background:#f4f4f4"><strong>Comments</strong></td><td>(none)</td></tr>
        </table>
        <p style="font-size:11px;color:#888">Sent by WPForms from 3DPros</p>
        </body></html>
        """),
     label=req(["opt_out_sale"], ["ccpa"], "en", "Luis Herrera", "luis.herrera@example.com",
               "WPForms-style HTML table + text alternative", form=True))

Mail("en-request-form-correction.eml",
     frm="no-reply@3dpros.com", subject="Data Subject Request - Correct my information",
     date="2026-11-15 10:33 -0600", client="form",
     text=dedent("""
        Data Subject Request form

        Your name: Abigail Foster
        Your email: abby.foster@example.org
        Where do you live?: United Kingdom
        What would you like us to do?: Correct my information
        Please describe: My account still has my maiden name (Abigail Reeves) and an old address in Reading.
        Please change the name to Abigail Foster. The address is no longer valid, please remove it.
        """),
     label=req(["correction"], ["uk_gdpr"], "en", "Abigail Foster", "abby.foster@example.org",
               "form from bare no-reply address; UK country field", form=True))

Mail("en-request-form-agent.eml",
     frm="3DPros Website <no-reply@3dpros.com>", subject="New Data Subject Request submission",
     date="2026-11-19 12:41 -0600", client="form", reply_to="caseworker@rightsdesk.example",
     text=dedent("""
        A new submission was received through the Data Subject Request form on www.3dpros.com.

        Full Name: Monica Feld
        Email: monica.feld@example.com
        Country / State: United States / California
        I am: An authorized agent acting on behalf of the data subject
        Agent Name: RightsDesk LLC (caseworker Tom Abara)
        Agent Email: caseworker@rightsdesk.example
        Request Type: Access my personal information; Delete my personal information
        Details: Authorization letter will be emailed separately.
        Confirm: I confirm the information is accurate

        --
        Sent from https://www.3dpros.com/privacy-request/
        """),
     label=req(["access", "deletion"], ["ccpa"], "en", "Monica Feld", "monica.feld@example.com",
               "form submitted by an agent for the named consumer",
               agent=("RightsDesk LLC", "caseworker@rightsdesk.example"),
               agent_for=("Monica Feld", "monica.feld@example.com"), form=True))

Mail("en-request-form-multiple-checkboxes.eml",
     frm="3DPros <3dprosteam@gmail.com>", subject="[3DPros] Privacy request from Oscar Lindgren",
     date="2026-10-28 20:12 -0500", client="form", reply_to="oscar.lindgren@example.net",
     text=dedent("""
        Name: Oscar Lindgren
        Email: oscar.lindgren@example.net
        Request: Access - send me a copy of my personal information, Delete my personal information, Stop marketing emails
        State of residence: Other / outside the US
        Message: Living in Stockholm now. Send me what you have, then remove it all please.

        ---
        This e-mail was sent from the contact form on 3DPros (https://www.3dpros.com)
        """),
     label=req(["access", "deletion", "opt_out_marketing"], ["gdpr"], "en", "Oscar Lindgren", "oscar.lindgren@example.net",
               "form with three request types ticked; Sweden", form=True))

# ------------------------------------------------------------------ forwarded by staff

Mail("en-request-forward-inline-from-staff.eml",
     frm="Mike Ortega <mike.3dpros@gmail.example>", subject="Fwd: please remove my information",
     date="2026-11-10 08:47 -0600", client="gmail",
     text=dedent("""
        This came to my personal inbox, can someone handle it from the team account?

        Mike

        ---------- Forwarded message ---------
        From: Theresa Vaughn <theresa.vaughn@example.com>
        Date: Sun, Nov 8, 2026 at 7:12 PM
        Subject: please remove my information
        To: Mike Ortega <mike.3dpros@gmail.example>


        Hi Mike, you printed the replacement gears for my mom's sewing machine last spring. I got an email
        from 3DPros marketing the other day - please delete all my information from your systems, I don't
        want an account there.

        Thanks,
        Theresa
        """),
     label=req(["deletion"], [], "en", "Theresa Vaughn", "theresa.vaughn@example.com",
               "staff forward (Gmail inline); requester is the original sender, not Mike"))

_inner_access = Mail("_inner-en-access-forwarded.eml",
                     frm="George Whitman <george.whitman@example.org>", to="Sales 3DPros <sales@3dpros.com>",
                     subject="Data request", date="2026-11-12 09:30 -0600", client="thunderbird",
                     text=dedent("""
                        Hello,

                        Please send me a copy of all personal information 3DPros holds about me. I am a
                        Colorado resident and understand I have this right under the Colorado Privacy Act.

                        George Whitman
                        Boulder, CO
                        """),
                     label=None)

Mail("en-request-forward-rfc822-attachment.eml",
     frm="Rachel Kim <rachel@3dpros.com>", subject="FW: Data request", date="2026-11-12 11:02 -0600",
     client="outlook",
     text="Forwarding as attachment - this went to the old sales@ alias. Rachel\n",
     attachments=[rfc822(_inner_access)],
     label=req(["access"], ["co_cpa"], "en", "George Whitman", "george.whitman@example.org",
               "staff forward with message/rfc822 attachment; requester is in the attached message"))

Mail("en-request-forward-outlook-inline.eml",
     frm="Rachel Kim <rachel@3dpros.com>", subject="FW: Unsubscribe + delete", date="2026-11-21 09:05 -0600",
     client="outlook",
     text=dedent("""
        FYI - this came in through the Etsy shop messages, customer asked us to handle it.

        ________________________________
        From: Ivy Chambers <ivy.chambers@example.net>
        Sent: Friday, November 20, 2026 9:48 PM
        To: Rachel Kim <rachel@3dpros.com>
        Subject: Unsubscribe + delete

        Please unsubscribe me from your newsletter and delete my customer account. I'm in Dallas if that
        matters for Texas law.

        Ivy
        """),
     label=req(["opt_out_marketing", "deletion"], ["tx_tdpsa"], "en", "Ivy Chambers", "ivy.chambers@example.net",
               "Outlook inline forward by staff; requester in the quoted header block"))

# ------------------------------------------------------------------ more varied English

Mail("en-request-access-hi-subject-html-only.eml",
     frm="Marisol Vega <marisol.vega@example.com>", subject="hi", date="2026-11-22 13:37 -0800",
     client="gmail", html=dedent("""
        <div dir="ltr">hi there,<div><br></div><div>i&#39;m curious what data you guys keep on customers like me?
        could you send me <b>whatever you have on file for me</b> - name, address, order stuff, anything?
        i&#39;m in san diego if that matters</div><div><br></div><div>thx,</div><div>marisol</div></div>
        """),
     label=req(["access"], ["ccpa"], "en", "Marisol Vega", "marisol.vega@example.com",
               "HTML-only Gmail, subject 'hi', informal access request; San Diego implies California"))

Mail("en-request-deletion-rfc2047-name-qp.eml",
     frm=fmt_addr("Zoë Ångström", "zoe.angstrom@example.se", enc="q"), subject="Please delete my data – GDPR",
     date="2026-11-06 22:10 +0100", client="apple", subject_enc="q",
     text=dedent("""
        Hi,

        I'd like you to delete all personal data you hold about me under Article 17 GDPR. I'm based in
        Malmö, Sweden. My order from you was in 2024.

        Zoë Ångström
        """),
     label=req(["deletion"], ["gdpr"], "en", "Zoë Ångström", "zoe.angstrom@example.se",
               "RFC 2047 Q-encoded name and subject"))

Mail("en-request-access-latin1-8bit-header.eml",
     frm="René Ferreira <rene.ferreira@example.ca>", subject="Accès / access to my personal information",
     date="2026-10-21 09:12 -0400", client="mutt", charset="iso-8859-1", cte="8bit", subject_enc="raw",
     text=dedent("""
        Hello,

        I am writing in English so it's easier for your team. I live in Ottawa and I would like to access
        the personal information 3DPros holds about me under PIPEDA, including where it came from and who
        it was shared with.

        Merci,
        René Ferreira
        """),
     label=req(["access"], ["pipeda"], "en", "René Ferreira", "rene.ferreira@example.ca",
               "raw 8-bit UTF-8 subject header with iso-8859-1 8bit body"))

Mail("en-request-deletion-after-quote.eml",
     frm="Tyler Beaumont <tyler.b@example.org>", subject="Re: Quote for your bracket set (Q-2211)",
     date="2026-10-12 10:30 -0500", client="gmail",
     irt="<a7dbe1cc-1d41-4b55-9b1a-2b4a61f29cc0@3dpros.com>",
     text=dedent("""
        Thanks for the quote but I've decided to go with someone local. Since I'm not ordering, could you
        delete the account I created and the files/personal details I uploaded for the quote? Appreciate it.

        Tyler

        On Fri, Oct 9, 2026 at 4:02 PM 3DPros <3dprosteam@gmail.com> wrote:
        > Hi Tyler, thanks for sending the STL files. For 12 brackets in PETG-CF we can do $96 + shipping,
        > ready in 5 business days. Let us know!
        > - 3DPros
        """),
     label=req(["deletion"], [], "en", "Tyler Beaumont", "tyler.b@example.org",
               "deletion inside a reply to a quote thread whose original is not in the set"))

Mail("en-request-objection-plus-marketing.eml",
     frm="Victor Hale <victor.hale@example.co.uk>", subject="Objection", date="2026-11-02 11:58 +0000",
     client="outlook",
     text=dedent("""
        Dear 3DPros,

        I object to the use of my data for your "special offers" emails, and separately I object to any
        processing of my data based on legitimate interests, such as analysing my visits to your website.

        Victor Hale
        Brighton
        """),
     label=req(["opt_out_marketing", "objection"], ["uk_gdpr"], "en", "Victor Hale", "victor.hale@example.co.uk",
               "one 'Objection' mail covering direct marketing and Art. 21(1) legitimate interests"))

Mail("en-request-deletion-crlf-plain.eml",
     frm="Amber Nolan <amber.nolan@example.com>", subject="Account deletion request",
     date="2026-10-08 15:20 -0500", client="mutt", crlf=True,
     text=dedent("""
        To whom it may concern,

        I request that you delete my customer account (amber.nolan@example.com) and all associated
        personal information. I am a resident of Texas.

        Regards,
        Amber Nolan
        """),
     label=req(["deletion"], ["tx_tdpsa"], "en", "Amber Nolan", "amber.nolan@example.com",
               "CRLF line endings, Texas hint"))

Mail("en-request-access-what-do-you-have.eml",
     frm="Bill Carver <billcarver58@example.net>", subject="RE: your order", date="2026-11-18 07:04 -0600",
     client="outlook",
     text=dedent("""
        I got a letter addressed to me at my office about your "3D printing for small business" offer. I
        have never given you my work address. I am asking you to tell me what personal data you have about
        me, where you got my office address from, and who you shared it with.

        Bill Carver
        """),
     label=req(["access"], [], "en", "Bill Carver", "billcarver58@example.net",
               "access request with misleading 'RE: your order' subject"))

Mail("en-request-withdraw-consent-newsletter-and-analytics.eml",
     frm="Grace Oduya <grace.oduya@example.com>", subject="consent",
     date="2026-11-24 09:45 +0000", client="gmail",
     text=dedent("""
        Hello, I'm withdrawing the consent I gave for analytics cookies on your site and for you to use my
        data for anything other than my orders. I'm in the UK.

        Grace
        """),
     label=req(["withdraw_consent"], ["uk_gdpr"], "en", "Grace Oduya", "grace.oduya@example.com",
               "short consent withdrawal, UK"))

Mail("en-request-optout-marketing-html-only-outlook.eml",
     frm="Harriet Moss <harriet.moss@example.org>", subject="Please remove me", date="2026-10-05 10:10 -0500",
     client="outlook", html_only=True,
     text="Hello,\n\nPlease remove my email from your marketing list. I don't want any more newsletters or promos.\n\nHarriet Moss",
     label=req(["opt_out_marketing"], [], "en", "Harriet Moss", "harriet.moss@example.org",
               "HTML-only Outlook unsubscribe"))

Mail("en-request-deletion-signature-heavy.eml",
     frm="Jordan Reyes <jordan.reyes@reyesfab.example>", subject="Delete my personal data",
     date="2026-11-05 16:16 -0700", client="outlook", auto_html=True,
     attachments=[png("image001.png", inline=True)],
     text=dedent("""
        Hi,

        Please delete all personal data you have about me. I ordered once in 2024 on my personal card.

        Best,

        Jordan Reyes | Owner
        Reyes Fabrication LLC
        Phoenix, AZ 85004
        P: 602-555-0110 | www.reyesfab.example
        [image001.png]

        CONFIDENTIALITY NOTICE: This email and any attachments are for the exclusive and confidential use of
        the intended recipient. If you are not the intended recipient, please do not read, distribute or
        take action in reliance upon this message. If you have received this in error, please notify us
        immediately by return email and promptly delete this message and its attachments from your
        computer system.
        """),
     label=req(["deletion"], [], "en", "Jordan Reyes", "jordan.reyes@reyesfab.example",
               "short deletion buried above a long confidentiality footer that also says 'delete'"))

Mail("en-request-portability-uk-csv.eml",
     frm="Imogen Clarke <imogen.clarke@example.co.uk>", subject="data portability", date="2026-10-29 19:19 +0000",
     client="yahoo",
     text=dedent("""
        Hiya, please could you send me my account data and order history as a CSV or JSON file? I believe
        that's my right to data portability under UK GDPR. Thanks, Imogen (Cardiff)
        """),
     label=req(["portability"], ["uk_gdpr"], "en", "Imogen Clarke", "imogen.clarke@example.co.uk",
               "portability, Yahoo, Wales"))

Mail("en-request-complaint-cc-regulator.eml",
     frm="Declan Byrne <declan.byrne@example.ie>", subject="Complaint about handling of my personal data",
     date="2026-11-20 11:47 +0000", client="thunderbird",
     cc="Data Protection Commission <info@dataprotection.example>",
     text=dedent("""
        Dear 3DPros,

        I am writing to complain about the handling of my personal data. After I placed an order, my full
        name, address and phone number appeared on the shipping label AND inside a photo you posted on
        your Facebook page of "this week's orders". I did not consent to that and it identifies where I
        live.

        I have copied the Data Protection Commission. Please explain how this happened.

        Declan Byrne
        Galway
        """),
     label=req(["complaint"], ["gdpr"], "en", "Declan Byrne", "declan.byrne@example.ie",
               "complaint with the regulator in Cc"))

# ------------------------------------------------------------------ additions: rarer types / shapes

Mail("en-request-form-shine-the-light.eml",
     frm="3DPros Website <no-reply@3dpros.com>", subject="New Data Subject Request submission",
     date="2026-11-23 14:10 -0600", client="form", reply_to="Norma Jacobs <norma.jacobs@example.net>",
     text=dedent("""
        A new submission was received through the Data Subject Request form on www.3dpros.com.

        Full Name: Norma Jacobs
        Email: norma.jacobs@example.net
        Country / State: United States / California
        I am: The data subject
        Request Type: Other
        Details: California Shine the Light - list of third parties you shared my info with for their direct marketing in 2025
        Confirm: I confirm the information is accurate

        --
        Sent from https://www.3dpros.com/privacy-request/
        """),
     label=req(["shine_the_light"], ["ca_shine_the_light"], "en", "Norma Jacobs", "norma.jacobs@example.net",
               "form with Request Type 'Other'; the type is only in the free-text details", form=True))

Mail("en-request-minor-removal-html-only.eml",
     frm="Jayden Cole <jaydencole.builds@example.com>", subject="my comments on ur site",
     date="2026-11-17 21:48 -0800", client="gmail",
     html=dedent("""
        <div dir="ltr">hey 3dpros<div><br></div><div>im 17 and live in sacramento. i posted a bunch of comments + pics
        on your project gallery last year (user jc_builds) and i want all of it taken down. can u delete my posts?</div>
        <div><br></div><div>jayden</div></div>
        """),
     label=req(["minor_removal"], ["ccpa"], "en", "Jayden Cole", "jaydencole.builds@example.com",
               "HTML-only; a 17-year-old Californian asking to remove his posted content"))

Mail("en-automated-list-precedence-only.eml",
     frm="Austin Makers Announce <announce@austinmakers.example>", to="members@austinmakers.example",
     subject="November meetup: privacy laws for small shops + print farm tour", date="2026-11-02 08:00 -0600",
     client="mutt", headers=[("Precedence", "list")],
     text=dedent("""
        Hi makers,

        This month's meetup (Nov 12, 7pm) features a short talk on what Texas's new privacy law means for
        Etsy sellers and small print shops - how to answer "delete my data" and access requests - followed by
        a tour of a 40-printer farm in Pflugerville.

        See you there,
        Austin Makers
        """),
     label=neg("en", "announcement list marked only by Precedence: list; mentions privacy requests", automated="list"))
