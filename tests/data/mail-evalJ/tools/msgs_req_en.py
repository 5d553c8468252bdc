"""English requests (hand-written)."""
from kit import Mail as M, R, dedent as d, pdf, jpeg, stl

M("en-request-cosplay-rambling-deletion.eml", "gmail", "2027-05-03 21:47 -0500",
  "Kaylee Broussard <kaylee.broussard@example.com>", "Hi from a long-time customer (sorry this is long)", d("""
Hi 3DPros team!!

I hope you are all doing well and that the summer rush hasn't buried you yet. I've been meaning to write this for weeks and I kept putting it off because I honestly feel a little bad about it, you guys printed basically every piece of my Hylian armor set for the last three cons and the pauldrons you did in PETG last October still look perfect even after being thrown in the trunk of my car in August in Austin (if you know, you know, Texas heat is no joke).

Anyway, the thing is, I'm stepping back from cosplay for a while. My partner and I are moving, I'm starting nursing school in the fall and I'm trying to clean up my online footprint in general, because a creepy guy from a con group found my home address through some random site last year and it really shook me. So what I'd like to ask is if you could please delete my account with you and everything you have stored about me, name, address, phone number, my old orders and the reference photos I uploaded. I'm in Austin, Texas if that matters for any of the legal stuff, I read somewhere Texas has a privacy law now but I don't really understand it.

If you need to keep the invoices for taxes or something I totally get it, just nothing more than you have to.

Also, not related, but if you ever do a community spotlight again I'd love to nominate Darnell from our group, his Power Armor helmet was printed by you too and it's incredible.

Thank you so so much for everything over the years, you were always so kind when I sent panicked messages two days before a con.

Kaylee Broussard
"""), lab=R(["deletion"], ["tx_tdpsa"], notes="Rambling thank-you mail; deletion ask sits in the middle paragraph; Texas named."))

M("en-request-dental-lab-access-portability.eml", "outlook", "2027-05-04 08:12 -0600",
  "Renee Vasquez-Holm <rvholm@peakdentalarts.example>", "Personal data held on my account", d("""
Good morning,

I manage Peak Dental Arts, a small crown-and-bridge lab in Fort Collins, and we've used your resin printing service for model work since 2025 (most recent order 3DP-48812). I'm writing in a personal capacity, not about the lab's orders.

As a Colorado resident I'd like you to confirm whether you process my personal data, send me a copy of it, and give it to me in a structured, machine-readable file (CSV or JSON is fine) so I can move it elsewhere if needed.

The account is under this email address. I can verify by phone if that's easier; the number on file should end in 4471.

Thank you,

Renee Vasquez-Holm
Lab Manager, Peak Dental Arts
Fort Collins, CO
"""), lab=R(["access", "portability"], ["co_cpa"], notes="One sentence asks to confirm, get a copy and get it portable; Colorado resident; writes in personal capacity from a dental lab."))

M("en-request-architect-va-three-asks.eml", "outlook", "2027-05-05 16:31 -0400",
  "Thomas Ashworth-Reyes <t.ashworth@ashworthstudio.example>", "Three things re: my details", d("""
Hello,

We've ordered a few massing models from you (the last was the Old Town Alexandria infill scheme, order 3DP-49107) and I've been happy with the results.

Under the Virginia Consumer Data Protection Act, please tell me what personal data you have about me, correct my surname in your records to "Ashworth-Reyes" (your invoices still show only "Ashworth"), and stop sending me the promotional emails about resin discounts.

Best regards,

Thomas Ashworth-Reyes, AIA
Ashworth Studio Architecture
Alexandria, Virginia
"""), lab=R(["access", "correction", "opt_out_marketing"], ["va_vcdpa"], notes="Three asks in one sentence under the VCDPA."))

M("en-request-ca-shine-the-light-formal.eml", "plain", "2027-05-06 10:02 -0700",
  "Martin Okafor <m.okafor@example.net>", "Request pursuant to California Civil Code Section 1798.83", d("""
To: 3DPros LLC
Re: Request pursuant to California Civil Code Section 1798.83

I am a California resident and a customer of 3DPros LLC (orders 3DP-41230 and 3DP-45518).

Pursuant to California Civil Code Section 1798.83, I request that you provide me with (a) a list of the categories of personal information that 3DPros LLC disclosed to third parties for those third parties' direct marketing purposes during the immediately preceding calendar year, and (b) the names and addresses of all such third parties.

Please send your response to this email address.

Martin Okafor
Oakland, California
"""), mailer="X-Mailer: YahooMailAndroidMobile/1.12", lab=R(["shine_the_light"], ["ccpa", "ca_shine_the_light"], notes="Formal Shine the Light letter."))

M("en-request-ca-sensitive-dental-scans.eml", "gmail", "2027-05-07 19:20 -0700",
  "Priya Raman <priya.raman.sd@example.com>", "my dental scan?", d("""
Hi,

This is a bit of an odd one. My dentist in San Diego (Harbor View Family Dental) told me that my night guard was printed by your company, and that they uploaded my mouth scan to your website to order it. I had no idea a third company would have a 3D scan of my teeth with my name on it.

I'm a California resident. I'd like you to limit your use of that scan and anything health-related about me to just making the guard, and once the order is finished, delete the scan and my name from your systems. I don't want it used for "improving services" or training anything.

Can you confirm?

Thanks,
Priya Raman
"""), lab=R(["limit_sensitive", "deletion"], ["ccpa"], notes="Patient, not the dental customer; health scan = sensitive; limit use then delete. California."))

M("en-request-ca-teen-minor-removal.eml", "iphone", "2027-05-08 23:55 -0700",
  "jaz <jazmine.tx1125@example.com>", "pls take down my post", d("""
hi so i'm 16 and i posted a pic of my mandalorian helmet on ur community gallery thing last year with my real name on it and now kids at school found it and it's kinda embarrassing lol. can u take it down? i live in san diego california if that matters. the account is this email

thx
jaz

Sent from my iPhone
"""), lab=R(["minor_removal"], ["ccpa"], requester=("Jazmine", "jazmine.tx1125@example.com"), notes="Under-18 Californian asks removal of content she posted; teen wording."))

M("en-request-parent-minor-removal.eml", "gmail", "2027-05-10 07:40 -0700",
  "Deborah Lindqvist <deb.lindqvist@example.org>", "Removal of my son's posts and account", d("""
Hello,

My son Elias Lindqvist (14) opened an account on your site with the address elias.lq@example.org without our knowledge and has posted several photos of his prints, with his full name and school team shirt visible, on your "Maker Showcase" page.

We live in Pasadena, California. As his parent, I'm asking you to remove everything he posted publicly and to delete his account and the information tied to it. I can provide whatever you need to confirm I'm his mother.

Regards,
Deborah Lindqvist
"""), lab=R(["minor_removal", "deletion"], ["ccpa"], requester=("Elias Lindqvist", "elias.lq@example.org"),
           agent=("Deborah Lindqvist", "deb.lindqvist@example.org"), notes="Parent for a 14-year-old; requester is the child."))

M("en-request-uk-sar-formal.eml", "outlook", "2027-05-11 09:05 +0100",
  "Gareth Pemberton <gareth.pemberton@pembertonarchitects.example>", "Subject Access Request - Gareth Pemberton", d("""
Dear Sir or Madam,

Subject Access Request under Article 15 UK GDPR

I am writing to request a copy of all personal data that 3DPros LLC holds about me, together with the supplementary information set out in Article 15(1) UK GDPR (purposes, recipients, retention periods and source).

For identification: I have placed orders 3DP-43019, 3DP-44872 and 3DP-47730 using this email address, delivering to our studio at 14 Canal Wharf, Leeds LS11 5PS.

I look forward to your response within one calendar month.

Yours faithfully,

Gareth Pemberton RIBA
Pemberton Architects Ltd
Leeds, United Kingdom
"""), lab=R(["access"], ["uk_gdpr"], notes="Formal UK SAR quoting order numbers."))

M("en-request-terse-delete.eml", "plain", "2027-05-12 18:44 -0400",
  "Bo Whitfield <bwhitfield77@example.net>", "account", d("""
Delete my account and all my info please.

Bo
"""), mailer="X-Mailer: Mozilla/5.0 (Windows NT 10.0) AOL Webmail", lab=R(["deletion"], [], notes="Terse one-liner, no law."))

M("en-request-subject-only-unsubscribe.eml", "plain", "2027-05-13 06:02 -0500",
  "Hank Dorsey <hank.dorsey@example.com>", "Please remove me from your mailing list", "",
  lab=R(["opt_out_marketing"], [], notes="Subject only, empty body."))

M("en-request-subject-only-data-copy.eml", "iphone", "2027-05-14 12:27 -0400",
  "Marisol Quintero <marisol.q@example.com>", "Request for a copy of the personal data you hold on me", "\n",
  lab=R(["access"], [], notes="Subject only, body empty apart from a newline."))

M("en-request-ps-under-filament-question.eml", "gmail", "2027-05-15 15:10 -0700",
  "Rowan Castellanos <rowan.castellanos@example.com>", "PETG vs ASA for outdoor terrain?", d("""
Hey folks,

Quick question before I place a bigger order: I'm doing a batch of about 40 ruined-gothic terrain pieces for an outdoor demo table at a games day in Bend. They'll be out in the sun for two days. Would you recommend ASA over PETG, and is there a price difference at your 0.2 mm layer tier? I'd want them in a dark grey if you've got it.

Also can you do them hollow with 15% gyroid? Weight matters because I'm hauling them in a backpack.

Cheers,
Rowan

P.S. Saw a note in a forum that shops like yours sometimes pass customer lists to ad networks. I'm in Oregon, so please treat this as my opt-out: don't sell or share my personal info with anyone for advertising.
"""), lab=R(["opt_out_sale"], ["or_ocpa"], notes="Request in a P.S. under an unrelated product question; Oregon."))

M("en-request-above-quoted-thread.eml", "outlook", "2027-05-17 11:45 +0100",
  "Helen Okonjo <h.okonjo@northquarter.example>", "RE: Quote 3DP-Q-7781 - Ancoats mill conversion model", d("""
Hi Dana,

The model arrived safely and the client loved it, thank you. Now that the project is wrapped up on our side, could you please erase my personal details (name, mobile, email) from your customer records and confirm when that's done? I'm leaving the practice at the end of the month and future orders will come from my colleague Sam Turner.

Many thanks,
Helen

Helen Okonjo | Associate
North Quarter Architects | Manchester, UK

From: 3DPros Team <3dprosteam@gmail.com>
Sent: 28 April 2027 16:02
To: Helen Okonjo <h.okonjo@northquarter.example>
Subject: Re: Quote 3DP-Q-7781 - Ancoats mill conversion model

Hi Helen,

Great, we've scheduled the print. The 1:200 base will be printed in four tiles and glued, the mill building itself in white resin. Shipping via DHL Express, tracking to follow.

Dana
3DPros

From: Helen Okonjo
Sent: 26 April 2027 10:14
To: 3DPros Team
Subject: RE: Quote 3DP-Q-7781 - Ancoats mill conversion model

Hi Dana,

That works. Please go ahead with option B (white resin, no paint). PO number is NQA-2027-118. Invoice to accounts@northquarter.example please.

Helen

From: 3DPros Team
Sent: 24 April 2027 18:40
To: Helen Okonjo
Subject: Re: Quote 3DP-Q-7781 - Ancoats mill conversion model

Hi Helen,

Option A: grey PLA, 0.12 mm layers, $640.
Option B: white resin, $910.
Both include tiling the 600 x 400 mm base. Let us know.

Dana
"""), lab=R(["deletion"], ["uk_gdpr"], notes="New text above a long quoted order thread; Manchester, UK in signature."))

M("en-request-fwd-etsy-buyer.eml", "gmail", "2027-05-18 09:31 -0500",
  "3DPros Team <3dprosteam@gmail.com>", "Fwd: New message from a buyer: Keshawn about order #2977134402", d("""
Forwarding this one for the privacy folder. Buyer from our Etsy shop.

---------- Forwarded message ---------
From: Etsy Conversations <conversations@etsy-mail.example>
Date: Sun, May 16, 2027 at 10:12 PM
Subject: New message from a buyer: Keshawn about order #2977134402
To: <3dprosteam@gmail.com>

Keshawn Pruitt sent you a message:

Hi, I got the D20 dice tower, it's great. But I keep getting emails from your own website now even though I only bought through Etsy. I never signed up for that. Please take me off your email list and delete whatever info Etsy passed to you about me once the order is done.

Reply on Etsy: https://www.etsy.example/conversations/88213001
"""), lab=R(["opt_out_marketing", "deletion"], [], requester=("Keshawn Pruitt", ""),
            notes="Staff forward of an Etsy buyer message; the buyer's address is hidden by the marketplace."))

M("en-request-fwd-instagram-dm.eml", "gmail", "2027-05-19 14:05 -0500",
  "3DPros Team <3dprosteam@gmail.com>", "Fwd: IG DM from @valkyrie.forge.cos", d("""
Screenshot text of an Instagram DM, pasting here so it doesn't get lost.

-----
@valkyrie.forge.cos (Brenna Kowalczyk), May 19:

hey! random q. i got a text from your shop number about a sale and i never gave you my phone number?? i only ever DMed you here. what information do you guys actually have on me and where did you get my number from
-----
"""), lab=R(["access"], [], requester=("Brenna Kowalczyk", ""), notes="Staff forward of an Instagram DM; asks what info is held and its source."))

M("en-request-lawyer-ccpa-poa.eml", "outlook", "2027-05-20 10:22 -0700",
  "Adriana Feld <afeld@feldmorrowlaw.example>", "CCPA Request on Behalf of Client - Jonah Whitaker", d("""
Dear 3DPros LLC Privacy Team,

This firm represents Mr. Jonah Whitaker (email: jonah.whitaker@example.com; Los Angeles, California) in connection with his consumer privacy rights.

Pursuant to the California Consumer Privacy Act, as amended by the CPRA, and on Mr. Whitaker's behalf, we request that you (1) disclose the specific pieces of personal information 3DPros LLC has collected about him, and (2) delete that personal information, subject to the exceptions in Cal. Civ. Code § 1798.105(d).

A power of attorney signed by Mr. Whitaker and a copy of his driver's license (redacted) are attached as proof of our authority.

Please direct all correspondence on this matter to the undersigned.

Very truly yours,

Adriana Feld
Feld Morrow LLP
1200 Wilshire Blvd, Suite 900
Los Angeles, CA 90017
"""), atts=[("Whitaker_POA_signed.pdf", "application/pdf", pdf("Power of Attorney - Jonah Whitaker"))],
  lab=R(["access", "deletion"], ["ccpa"], requester=("Jonah Whitaker", "jonah.whitaker@example.com"),
        agent=("Adriana Feld", "afeld@feldmorrowlaw.example"), notes="Law firm as authorised agent with POA attached."))

M("en-request-lawyer-uk-no-authority.eml", "plain", "2027-05-21 15:40 +0100",
  "Oliver Strand <o.strand@strandandpage.example>", "Our client: Ms Imogen Hale - Subject Access Request", d("""
Dear Sirs

Our client: Ms Imogen Hale
Our ref: OS/HAL/0419

We act for Ms Imogen Hale of Bristol, who has been a customer of yours (her account email is imogen.hale@example.co.uk).

On our client's behalf we hereby make a subject access request under Article 15 of the UK GDPR and section 45 of the Data Protection Act 2018 for all personal data you hold concerning her, including any correspondence with third parties regarding her order of February 2027.

Our client's signed form of authority will follow under separate cover. Please acknowledge receipt in the meantime.

Yours faithfully

Strand & Page Solicitors
Bristol
"""), lab=R(["access"], ["uk_gdpr"], requester=("Imogen Hale", "imogen.hale@example.co.uk"),
            agent=("Oliver Strand", "o.strand@strandandpage.example"), notes="Solicitors without proof of authority yet."))

M("en-request-agent-vanishly-proof.eml", "html", "2027-05-22 04:13 +0000",
  "Vanishly Privacy Agent <requests@vanishly.example>", "Data Deletion & Opt-Out Request - Ref VNL-2027-553190", "",
  html=d("""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://cdn.vanishly.example/logo.png" alt="Vanishly" width="120"><br><br>
<p>To the Privacy Team at 3DPros LLC,</p>
<p>Vanishly is an authorized agent acting on behalf of the consumer named below. Under the California Consumer Privacy Act (Cal. Civ. Code &sect; 1798.100 et seq.), the consumer requests that you:</p>
<ul><li><b>Delete</b> all personal information you have collected about them; and</li>
<li><b>Do not sell or share</b> their personal information.</li></ul>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Name</td><td>Tamsin Arroyo</td></tr>
<tr><td>Email</td><td>tamsin.arroyo@example.com</td></tr>
<tr><td>State</td><td>California</td></tr>
<tr><td>Reference</td><td>VNL-2027-553190</td></tr></table>
<p>The signed authorization is attached. Please reply to this address with the outcome.</p>
<p>Vanishly Consumer Rights Team<br>
<span style="color:#888;font-size:11px">You are receiving this message because a consumer designated Vanishly as their authorized agent.</span></p>
</td></tr></table></body></html>
"""), atts=[("VNL-2027-553190-authorization.pdf", "application/pdf", pdf("Vanishly authorization VNL-2027-553190"))],
  lab=R(["deletion", "opt_out_sale"], ["ccpa"], requester=("Tamsin Arroyo", "tamsin.arroyo@example.com"),
        agent=("Vanishly Privacy Agent", "requests@vanishly.example"), notes="HTML-only agent-service mail with signed authorization attached."))

M("en-request-agent-privacyhound-no-proof.eml", "plain", "2027-05-23 02:00 +0000",
  "PrivacyHound <noreply-requests@privacyhound.example>", "Personal Data Deletion Request (Colorado Privacy Act)", d("""
Hello,

This request is sent by PrivacyHound on behalf of our member:

  Full name: Dmitri Alvarado
  Email: dmitri.alvarado@example.net
  Address: Aurora, CO

Under the Colorado Privacy Act, our member requests the deletion of all personal data concerning them that your organisation holds.

Please respond to this email within 45 days.

PrivacyHound Member Services
This is an automated message. Replies are monitored.
"""), lab=R(["deletion"], ["co_cpa"], requester=("Dmitri Alvarado", "dmitri.alvarado@example.net"),
            agent=("PrivacyHound", "noreply-requests@privacyhound.example"), notes="Templated agent service, no proof of authority."))

M("en-request-relay-service-replyto.eml", "gmail", "2027-05-24 16:20 -0400",
  "Ingrid Solberg via Relaya <ingrid.solberg@relay.relaya.example>", "Ingrid Solberg: access and deletion of my data", d("""
Hi 3DPros,

I'm sending this through Relaya, which helps me keep track of my privacy requests. Replies go straight to me.

I live in Hartford, Connecticut. Under the Connecticut Data Privacy Act I'd like a copy of the personal data you hold about me, and after sending it, please delete it.

My account email is ingrid.solberg@example.com.

Thanks,
Ingrid Solberg

--
Sent with Relaya: your privacy requests, in one place.
"""), reply_to="Ingrid Solberg <ingrid.solberg@example.com>", cc="Ingrid Solberg <ingrid.solberg@example.com>",
  lab=R(["access", "deletion"], ["ct_ctdpa"], requester=("Ingrid Solberg", "ingrid.solberg@example.com"),
        agent=("Relaya", "ingrid.solberg@relay.relaya.example"), notes="Relay service sends; the person is in Reply-To and Cc; labelled as agent."))

M("en-request-form-deletion-utah.eml", "form", "2027-05-25 11:02 -0600",
  "3DPros Website <no-reply@3dpros.com>", "New submission: Data Subject Request", d("""
You have a new form submission on www.3dpros.com

Form: Data Subject Request

Name: Wade Petersen
Email: wade.petersen@example.com
State / Country: Utah
Request type: Delete my personal information
Order number (optional): 3DP-46102
Details: I don't use 3D printing anymore, please clear out my stuff.

--
Sent from 3dpros.com (WPForms)
"""), reply_to="Wade Petersen <wade.petersen@example.com>",
  lab=R(["deletion"], ["ut_ucpa"], requester=("Wade Petersen", "wade.petersen@example.com"), form=True, notes="Web form, label/value lines, Utah."))

M("en-request-form-html-access-alberta.eml", "form", "2027-05-26 19:48 -0600",
  "3DPros Website <no-reply@3dpros.com>", "[3DPros] Privacy request from Nadia Bouchard-Lee", d("""
Name: Nadia Bouchard-Lee
Email: nadia.bl@example.ca
Country: Canada
Province: Alberta
Request: Access - tell me what personal information you hold about me
Message: I ordered cosplay props (a staff and two bracers) in 2026. Just want to know what you kept.
"""), form_html=True, html=d("""
<html><body>
<h3>Privacy request</h3>
<table style="border:1px solid #ccc" cellpadding="5">
<tr><th align="left">Name</th><td>Nadia Bouchard-Lee</td></tr>
<tr><th align="left">Email</th><td><a href="mailto:nadia.bl@example.ca">nadia.bl@example.ca</a></td></tr>
<tr><th align="left">Country</th><td>Canada</td></tr>
<tr><th align="left">Province</th><td>Alberta</td></tr>
<tr><th align="left">Request</th><td>Access - tell me what personal information you hold about me</td></tr>
<tr><th align="left">Message</th><td>I ordered cosplay props (a staff and two bracers) in 2026. Just want to know what you kept.</td></tr>
</table>
<p style="font-size:11px;color:#999">Sent by Jotform on behalf of 3dpros.com</p>
</body></html>
"""), reply_to="nadia.bl@example.ca",
  lab=R(["access"], ["pipeda"], requester=("Nadia Bouchard-Lee", "nadia.bl@example.ca"), form=True, notes="HTML-table web form; Alberta gives pipeda."))

M("en-request-form-correction-california.eml", "form", "2027-05-29 13:37 -0700",
  "3DPros Website <no-reply@3dpros.com>", "New submission: Data Subject Request", d("""
You have a new form submission on www.3dpros.com

Form: Data Subject Request

Name: Gabriel Nakamura-Diaz
Email: gnd.designs@example.com
State / Country: California
Request type: Correct my personal information
Order number (optional): 3DP-47051
Details: My account still has my old phone number (408) 555-0163 and my last name without the hyphen. New number is (408) 555-0188, name should be Nakamura-Diaz.

--
Sent from 3dpros.com (WPForms)
"""), reply_to="Gabriel Nakamura-Diaz <gnd.designs@example.com>",
  lab=R(["correction"], ["ccpa"], requester=("Gabriel Nakamura-Diaz", "gnd.designs@example.com"), form=True, notes="Web form correction."))

M("en-request-html-only-appeal-virginia.eml", "html", "2027-06-01 20:14 -0400",
  "Wendell Graves <wendell.graves@example.com>", "Appeal of your decision", "", html=d("""
<html><body><div style="font-family:Georgia,serif">
<p>Hello,</p>
<p>On May 3 you replied to my deletion request and said you would keep my account because of "ongoing business needs." I don't accept that. I haven't ordered anything since 2024.</p>
<p>I live in Richmond, Virginia, and I'm appealing that decision as the VCDPA allows. Please reconsider and tell me the result of the appeal in writing.</p>
<p>Wendell Graves</p>
</div></body></html>
"""), lab=R(["appeal"], ["va_vcdpa"], notes="HTML-only; appeal against a refused deletion."))

M("en-request-appeal-colorado.eml", "gmail", "2027-06-02 09:50 -0600",
  "Sierra Blackhorse <sierra.blackhorse@example.net>", "Re: your response to my data request", d("""
Hi,

You told me last week you couldn't give me my data because I "couldn't be verified", even though I wrote from the same email I order from. I'd like to formally appeal that refusal under the Colorado Privacy Act. I'm in Durango.

Sierra
"""), lab=R(["appeal"], ["co_cpa"], notes="Appeal of a refused access request; our earlier reply is not in the set."))

M("en-request-appeal-connecticut.eml", "outlook", "2027-06-03 14:25 -0400",
  "Paul Iannucci <piannucci@example.com>", "Appeal - denied opt-out", d("""
To whom it may concern,

I received your message stating that my request to opt out of targeted advertising was "not applicable" because you "don't sell data." Your website still loads three advertising pixels. I am a Connecticut resident and I am appealing your decision under the CTDPA. If the appeal is denied I intend to contact the Attorney General.

Paul Iannucci
New Haven, CT
"""), lab=R(["appeal"], ["ct_ctdpa"], notes="Appeal of denied opt-out; mentions AG, but it is an appeal, not a complaint about handling."))

M("en-request-appeal-texas.eml", "iphone", "2027-06-04 17:03 -0500",
  "Lucia Benavides <lucia.benavides@example.com>", "Appealing", d("""
You said no to deleting my account because of an open dispute on an order. That dispute was closed in May. I'm in San Antonio TX and I'm appealing the decision. Please look at it again.

Lucia

Sent from my iPhone
"""), lab=R(["appeal"], ["tx_tdpsa"], notes="Short appeal, Texas."))

M("en-request-angry-complaint-spam.eml", "gmail", "2027-06-05 22:41 -0400",
  "Rick Vanderhoff <rick.vanderhoff@example.com>", "THIS IS THE FOURTH TIME", d("""
I have clicked your "unsubscribe" link FOUR times since March. Four. And tonight I got yet another "SUMMER RESIN SALE 20% OFF" email at 10 pm. I bought ONE set of replacement knobs for my mill from you two years ago.

I am honestly disgusted with how you people treat the information of your customers. You clearly do not care and you clearly are not honoring opt-outs, which I'm pretty sure is illegal.

I want off every list you have, and I want every scrap of my information deleted from your systems, not "deactivated", deleted. And I want someone to explain to me why my unsubscribes were ignored.

Rick Vanderhoff
Grand Rapids, Michigan
"""), lab=R(["complaint", "opt_out_marketing", "deletion"], [], notes="Angry letter; complains about ignored opt-outs and renews demands. Michigan has no regime in the vocabulary."))

M("en-request-complaint-wrong-recipient.eml", "thunderbird", "2027-06-06 10:12 +0100",
  "Emrys Llewellyn <emrys.llewellyn@example.co.uk>", "Your shipping email went to someone else with my address in it", d("""
Hello,

Yesterday a man in Swansea I've never met forwarded me an email he'd received from you. It was the shipping notification for MY order (a set of printed organ pipes for a model I'm building), with my full name, my home address in Cardiff and my phone number in it.

I want to make a formal complaint about this. It's not acceptable that my details were sent to a stranger. I also want you to tell me exactly what information of mine was in that email and who else might have received it.

Emrys Llewellyn
Cardiff, Wales
"""), lab=R(["complaint", "access"], ["uk_gdpr"], notes="Complaint about a misdirected email; asks what data was exposed and to whom (access). Wales -> uk_gdpr."))

M("en-request-complaint-ignored-virginia.eml", "outlook", "2027-06-07 08:55 -0400",
  "Carla Drummond <cdrummond@example.net>", "No response to my deletion request from April", d("""
Hello,

On April 12 I asked you to delete my data. It has now been almost two months and I haven't had as much as an acknowledgement. That is not how this is supposed to work, and I'm frankly unhappy with the way this has been handled.

I'm repeating the request: delete my personal data. I'm in Norfolk, Virginia. If I don't hear back this time I'll be contacting the Virginia Attorney General.

Carla Drummond
"""), lab=R(["complaint", "deletion"], ["va_vcdpa"], notes="Complains about an ignored request and renews it; the April request is not in the set, so it is a new request, not a follow-up."))

M("en-request-no-legal-words-forget-me.eml", "iphone", "2027-06-08 01:30 -0700",
  "Tyler Okoro <tyokoro@example.com>", "hey", d("""
can you guys just forget i exist lol. like wipe me out of whatever system you have me in. not mad, just cleaning up stuff

Sent from my iPhone
"""), lab=R(["deletion"], [], notes="No legal words at all."))

M("en-request-no-legal-words-what-you-keep.eml", "gmail", "2027-06-08 18:10 -0500",
  "Maribel Acosta <maribel.acosta@example.com>", "Quick question about my file", d("""
Hi! I was just curious, what all do you guys keep on me? Like is there a file on me with my address and stuff, and what's in it? Could you send it over?

Thanks!
Maribel
"""), lab=R(["access"], [], notes="Plain words, asks what is kept and for it to be sent."))

M("en-request-withdraw-consent-cosplay-photos.eml", "gmail", "2027-06-09 12:44 -0400",
  "Aurelia Fontaine <aurelia.fontaine.cos@example.com>", "Photos of me on your Instagram and site", d("""
Hi 3DPros team,

Last year at Dragon Con I signed your little release form so you could use photos of me wearing the printed crown and gauntlets for your socials. You've been very fair about it and credited me every time, thank you!

I'm changing my online presence and I'm withdrawing that consent now. Please take the photos down from your Instagram, your website gallery and anywhere else, and delete the copies you have.

Best,
Aurelia
Atlanta, GA
"""), lab=R(["withdraw_consent", "deletion"], [], notes="Withdraws photo release consent and asks removal/deletion of copies. Georgia has no regime in the vocabulary."))

M("en-request-withdraw-consent-marketing-london.eml", "plain", "2027-06-10 07:58 +0100",
  "Priyanka Deshmukh <priyanka.deshmukh@example.co.uk>", "Withdrawal of consent", d("""
Hello,

When I created my account I ticked the box agreeing to receive offers by email. I withdraw that consent with immediate effect.

Kind regards,
Priyanka Deshmukh
London
"""), mailer="X-Mailer: Microsoft Outlook for Mac 16.98", lab=R(["withdraw_consent", "opt_out_marketing"], ["uk_gdpr"], notes="Withdrawing marketing consent: withdraw_consent + opt_out_marketing (same choice as set F)."))

M("en-request-objection-analytics-amsterdam.eml", "thunderbird", "2027-06-12 11:03 +0200",
  "Sven de Graaf <sven.degraaf@example.nl>", "Objection to processing (Art. 21(1) GDPR)", d("""
Dear 3DPros,

Your privacy notice says you process information on the basis of your legitimate interests for analytics and "internal research". On grounds relating to my particular situation I object, under Article 21(1) GDPR, to any processing of my personal data for analytics, profiling or research purposes.

I live in Amsterdam and have an account under this address.

Regards,
Sven de Graaf
"""), lab=R(["objection"], ["gdpr"], notes="Art. 21(1) objection, English from the Netherlands."))

M("en-request-restriction-berlin-dental.eml", "outlook", "2027-06-14 09:40 +0200",
  "Jonas Whitcombe <j.whitcombe@spreedental.example>", "Incorrect data - please restrict until corrected", d("""
Hello,

Your system has me down as the account owner for Spree Dental Lab's orders and lists a private home address in Potsdam that isn't mine. I'm an English dental technician working in Berlin and my details have obviously been mixed up with someone else's.

Please correct my record, and until that's done, please restrict the processing of my data, i.e. don't ship anything or send anything to that address.

Best regards,
Jonas Whitcombe
Spree Dental Lab, Berlin, Germany
"""), lab=R(["correction", "restriction"], ["gdpr"], notes="Correction plus restriction pending correction; Germany in signature."))

M("en-request-restriction-insurance-scotland.eml", "plain", "2027-06-15 16:45 +0100",
  "Fraser McLean <fraser.mclean@example.co.uk>", "please do NOT delete my records yet", d("""
Hi,

I know I said in May I might want my account closed, but please don't delete anything yet. My print (the replacement hinge for the caravan) failed and I'm making an insurance claim and may need your records of the order and our emails.

So can you restrict the processing of my data instead, keep it stored but don't use it for anything else, until the claim is done? I'll let you know.

Fraser McLean
Aberdeen
"""), mailer="X-Mailer: BT Mail", lab=R(["restriction"], ["uk_gdpr"], notes="Asks to keep data but restrict its use; Aberdeen (Scotland)."))

M("en-request-portability-galway.eml", "gmail", "2027-06-16 10:30 +0100",
  "Niamh Cullinane <niamh.cullinane@example.ie>", "Exporting my account data", d("""
Hello,

I'm moving my hobby printing orders to a service closer to home in Galway. Could you send me the personal data I gave you (profile, addresses, order history, saved print settings) in a machine-readable format like JSON or CSV, so I can import it there? Under GDPR I understand this is the right to data portability.

Thanks a million,
Niamh
"""), lab=R(["portability"], ["gdpr"], notes="Portability; Galway (Ireland)."))

M("en-request-optout-sale-texas.eml", "iphone", "2027-06-17 07:12 -0500",
  "Jorge Salcedo <jorge.salcedo@example.com>", "Opt out", d("""
Please do not sell my personal data or use it for targeted ads. I'm a Texas resident. Email on my account is this one.

Jorge Salcedo

Sent from my iPhone
"""), lab=R(["opt_out_sale"], ["tx_tdpsa"], notes="Texas opt-out of sale/targeted ads."))

M("en-request-ccpa-three-in-one.eml", "outlook", "2027-06-18 13:05 -0700",
  "Evelyn Chu <evelyn.chu@example.com>", "CCPA request", d("""
Hello,

I'm a California resident (San Jose) and a former customer. Under the CCPA I'm asking you to let me know what personal information you've collected about me, delete it, and not sell or share it in the meantime.

Thank you,
Evelyn Chu
"""), lab=R(["access", "deletion", "opt_out_sale"], ["ccpa"], notes="Three asks in one sentence."))

M("en-request-ontario-pipeda-access.eml", "plain", "2027-06-19 11:20 -0400",
  "Marc-André Tessier <ma.tessier@example.ca>", "Access to my personal information (PIPEDA)", d("""
Hello,

Under PIPEDA I request access to the personal information 3DPros holds about me, how it has been used and to whom it has been disclosed. I live in Ottawa, Ontario and placed orders in 2025 and 2026 using this email.

Regards,
Marc-André Tessier
"""), charset="iso-8859-1", cte="8bit", lab=R(["access"], ["pipeda"], notes="Ontario, PIPEDA named; ISO-8859-1 8bit body, RFC 2047 From."))

M("en-request-nj-dental-lab-closing.eml", "outlook", "2027-06-21 10:45 -0400",
  "Dr. Samuel Greenbaum <sgreenbaum@greenbaumlab.example>", "Lab closing - removing my details", d("""
Dear 3DPros,

After 31 years I am closing Greenbaum Dental Laboratory in Paramus at the end of June. Thank you for the excellent model printing over the last three years; my technicians were always impressed with the accuracy.

As part of winding down, I'd be grateful if you would delete my personal details (name, mobile, home address used for a few weekend deliveries) from your records. Naturally you may keep whatever the business invoices require.

With best wishes,
Samuel Greenbaum, CDT
Paramus, New Jersey
"""), lab=R(["deletion"], [], notes="Dental lab owner closing; deletion. New Jersey has no regime in the vocabulary."))

M("en-request-rambling-correction-maine.eml", "gmail", "2027-06-22 14:18 -0400",
  "Siobhán Thibodeau <siobhan.thibodeau@example.com>", "Library model + a small favour", d("""
Hi Dana and the team,

I hope the week is treating you well. I wanted to say first of all that the model of the Portland library addition came out beautifully. The client was a bit skeptical about 3D printed site models (she's old school, basswood and chipboard all the way) but when she saw the translucent resin for the glazing she actually said "oh," which from her is a standing ovation. We're going to use the same approach for the competition entry in September, so expect another quote request from Jeremy in a few weeks, probably 1:500 with the whole waterfront.

The small favour: could you fix my name in your customer records? It has always shown as "Siobhan Thibideau" on invoices and shipping labels, but it's Siobhán Thibodeau, with the accent and "-odeau". I know it's minor, but the courier held the last box because the name didn't match my ID.

On the competition model, do you think we could do the water as a separate tinted piece? Jeremy will ask properly but I'm curious.

All the best, and thanks again,
Siobhán

Siobhán Thibodeau
Thibodeau Harlow Architects
Portland, Maine
"""), lab=R(["correction"], [], notes="Rambling architect mail; correction ask in the middle. Maine has no regime in the vocabulary."))

M("en-request-limit-sensitive-aligner.eml", "plain", "2027-06-23 09:00 -0700",
  "Jasmine Ortega-Bell <jasmine.ob@example.com>", "Limit use of my sensitive personal information", d("""
Hello,

I ordered a set of retainer cases and my orthodontist's note (with my treatment details) was part of the upload. I'm a California resident. Please limit the use and disclosure of my sensitive personal information to what is strictly necessary to provide the service, as the CPRA allows.

Jasmine Ortega-Bell
Fresno, CA
"""), mailer="X-Mailer: Zoho Mail", lab=R(["limit_sensitive"], ["ccpa"], notes="CPRA limit-sensitive request."))

M("en-request-limit-sensitive-geolocation.eml", "gmail", "2027-06-24 17:33 -0700",
  "Ahmed Karimi <ahmed.karimi.la@example.com>", "precise location", d("""
Hi,

Your privacy notice says you collect precise location data. I'm in Los Angeles. I don't want my precise geolocation used for anything except delivering what I order. Please limit your use of it accordingly.

Ahmed
"""), lab=R(["limit_sensitive"], ["ccpa"], notes="Limit use of precise geolocation (sensitive PI under CPRA), no law named but California."))

M("en-request-shine-light-sacramento.eml", "gmail", "2027-06-25 12:00 -0700",
  "Grace Whitlock <grace.whitlock@example.com>", "Who did you share my info with?", d("""
Hi, I've been getting catalogs from two resin companies I've never heard of, right after I ordered from you. I'm in Sacramento. Which companies did you give my information to for their marketing last year? I'd like the names.

Grace
"""), lab=R(["shine_the_light"], ["ccpa"], notes="Asks which companies got her info for their marketing; California, law not named."))

M("en-request-shine-light-named-la.eml", "outlook", "2027-06-26 10:10 -0700",
  "Benjamin Okafor-Reid <bokaforreid@example.com>", "Shine the Light request", d("""
Hello,

I'm a California resident in Long Beach. Under California's "Shine the Light" law, please tell me whether you shared my personal information with third parties for their direct marketing in 2026, and if so which categories and with whom.

Thank you,
Ben Okafor-Reid
"""), lab=R(["shine_the_light"], ["ccpa", "ca_shine_the_light"], notes="Shine the Light named."))

M("en-request-form-shine-light.eml", "form", "2027-06-27 15:50 -0700",
  "3DPros Website <no-reply@3dpros.com>", "New submission: Data Subject Request", d("""
You have a new form submission on www.3dpros.com

Form: Data Subject Request

Name: Rosalind Mercado
Email: rmercado.cosplay@example.com
State / Country: California
Request type: Shine the Light (Cal. Civ. Code 1798.83) disclosure
Order number (optional): 3DP-49920
Details: For calendar year 2026 please.

--
Sent from 3dpros.com (WPForms)
"""), reply_to="Rosalind Mercado <rmercado.cosplay@example.com>",
  lab=R(["shine_the_light"], ["ccpa", "ca_shine_the_light"], requester=("Rosalind Mercado", "rmercado.cosplay@example.com"), form=True, notes="Web form; Shine the Light chosen."))

M("en-request-teen-fresno-minor-removal.eml", "plain", "2027-06-28 22:22 -0700",
  "Devon M <devonmakes2011@example.com>", "remove my stuff from showcase", d("""
yo can u delete the pics + comments i posted on the showcase page?? im 15 and my mom said i shouldnt have my face on there. fresno ca btw. username is devonmakes

ty
"""), mailer="X-Mailer: Yahoo Mail Android", lab=R(["minor_removal"], ["ccpa"], requester=("Devon M", "devonmakes2011@example.com"), notes="Teen-speak; 15, California; removal of own posts."))

M("en-request-form-minor-removal.eml", "form", "2027-06-29 16:05 -0700",
  "3DPros Website <no-reply@3dpros.com>", "New submission: Data Subject Request", d("""
You have a new form submission on www.3dpros.com

Form: Data Subject Request

Name: Harper Ellison
Email: harper.ellison.09@example.com
State / Country: California
Request type: I am under 18 - remove content I posted
Order number (optional):
Details: the review with my picture on the Dragon Egg lamp page

--
Sent from 3dpros.com (WPForms)
"""), reply_to="Harper Ellison <harper.ellison.09@example.com>",
  lab=R(["minor_removal"], ["ccpa"], requester=("Harper Ellison", "harper.ellison.09@example.com"), form=True, notes="Web form minor removal."))

M("en-request-stl-attachment-delete-uploads.eml", "apple", "2027-06-30 11:11 -0400",
  "Nathaniel Brightwater <n.brightwater@example.com>", "Finished with the drone frame - please delete my uploads and account", d("""
Hi,

Attached is the final frame revision, just so you can see how it turned out after your tolerances advice. Thanks for that.

That's the end of the project for me. I'd like you to delete my account and the personal data you have on me, including the files I uploaded under my name (I'm keeping my own copies). I'm in Pittsburgh, PA.

Thanks,
Nate
"""), atts=[("frame_v7_final.stl", "model/stl", stl("frame_v7_final"))],
  lab=R(["deletion"], [], notes="Apple Mail with an STL attachment; deletion of account and personal data. Pennsylvania has no regime in the vocabulary."))

M("en-request-canada-bc-correction-access.eml", "thunderbird", "2027-07-01 09:45 -0700",
  "Harjit Sandhu <harjit.sandhu@example.ca>", "My information on file", d("""
Hi there,

I'm in Surrey, BC. Could you send me what personal info you have on me and fix the birth date on my account while you're at it? It says 1989 and it's 1998, I must have fat-fingered it.

Thanks,
Harjit
"""), lab=R(["access", "correction"], ["pipeda"], notes="Two asks in one sentence; British Columbia (outside Quebec) -> pipeda."))

M("en-request-india-access.eml", "plain", "2027-07-03 14:00 +0530",
  "Ananya Krishnamurthy <ananya.k@example.in>", "Request for my personal data under DPDP Act", d("""
Dear Sir/Madam,

I am writing from Bengaluru. Under the Digital Personal Data Protection Act, 2023 I request a summary of the personal data you are processing about me and the processing activities undertaken with it.

Regards,
Ananya Krishnamurthy
"""), lab=R(["access"], [], notes="India gives no regime."))

M("en-request-restriction-pending-dispute-uk.eml", "outlook", "2027-07-07 15:30 +0100",
  "Rosalind Achebe <r.achebe@achebeassoc.example>", "Objection and restriction", d("""
Dear 3DPros,

I object to the use of my details for your "customer insights" work, and while you consider my objection, I ask that you restrict processing of my personal data under Article 18(1)(d) UK GDPR.

Yours sincerely,
Rosalind Achebe
Achebe Associates, Brighton
"""), lab=R(["objection", "restriction"], ["uk_gdpr"], notes="Objection plus restriction while it is considered."))


