from common import *

# ------------------------------------------------------------------ English requests

build("en-request-iphone-delete-account.eml", "iphone", ("Dana Whitcomb", "dana.whitcomb@example.com"),
      "account", "2027-08-02 07:41 -0500",
      "pls delete my account and whatever info u have on me. got the dishwasher wheel in june, all good, just dont need the account anymore\n\nSent from my iPhone",
      label=R(["deletion"], [], "en", "phone one-liner, no state"))

o1 = "3DP-27-10482"
build("en-request-tx-access-on-shipping-thread.eml", "gmail", ("Marcus Oyelaran", "m.oyelaran@example.net"),
      "Re: Your 3DPros order %s is on its way" % o1, "2027-08-03 19:22 -0500",
      "Thanks, tracking works.\n\nUnrelated but while I have you: what personal info do you guys keep about me? I'd like a copy of whatever's in my file. I'm in Austin, TX if that matters.\n\nMarcus\n\n"
      + quote(ship_mail(o1, "Marcus Oyelaran", "USPS Ground Advantage", "9400 1118 9922 3857 0041 26"), "3DPros Team <3dprosteam@gmail.com>", "Mon, Aug 2, 2027 at 4:10 PM"),
      in_reply_to=msgid("ship:" + o1), references=msgid("order:" + o1) + " " + msgid("ship:" + o1),
      label=R(["access"], ["tx_tdpsa"], "en", "request on top of quoted shipping notice; Texas named"))

build("en-request-ccpa-delete-dont-sell.eml", "gmail", ("Priya Raman", "priya.raman@example.com"),
      "CCPA request - delete + do not sell", "2027-08-04 11:05 -0700",
      "Hello,\n\nI am a California resident. Under the California Consumer Privacy Act I request that 3DPros delete the personal information you have collected about me, and that you do not sell or share my personal information with anyone in the meantime.\n\nI bought a replacement crisper drawer clip (order 3DP-27-09977) using this email address.\n\nPlease confirm in writing.\n\nPriya Raman\nSan Jose, CA",
      label=R(["deletion", "opt_out_sale"], ["ccpa"], "en"))

build("en-request-shine-the-light-letter.eml", "outlook", ("Gerald T. Fenwick", "gfenwick@example.org"),
      "Request for disclosure - Cal. Civ. Code \u00a7 1798.83", "2027-08-05 09:30 -0700",
      "To the privacy contact of 3DPros LLC:\r\n\r\nPursuant to California Civil Code section 1798.83 (\u201cShine the Light\u201d), I request that you provide me with (1) a list of the categories of personal information you disclosed to third parties for their direct marketing purposes during the preceding calendar year, and (2) the names and addresses of all such third parties.\r\n\r\nMy details: Gerald T. Fenwick, 418 Almond Grove Ct, Fresno, California 93711. Customer since 2025.\r\n\r\nRespectfully,\r\nGerald T. Fenwick".replace("\r\n", "\n"),
      label=R(["shine_the_light"], ["ca_shine_the_light", "ccpa"], "en", "formal letter, Outlook cp1252"))

build("en-request-va-name-correction.eml", "apple", ("Kathleen Obi", "kobi@example.com"),
      "Wrong name on my customer record", "2027-08-05 14:48 -0400",
      "Hi there,\n\nEvery email from you starts \u201cHi Kathryn\u201d. My name is Kathleen. Could you fix it in your records? Also my last name is Obi, not Obie.\n\nThanks,\nKathleen Obi\nRichmond, Virginia",
      label=R(["correction"], ["va_vcdpa"], "en", "no legal words; Virginia in signature"))

build("en-request-co-targeted-ads.eml", "gmail", ("Tobias Lindqvist", "tobias.lindqvist@example.net"),
      "Opt out of targeted advertising and sale", "2027-08-06 20:02 -0600",
      "Hi 3DPros,\n\nUnder the Colorado Privacy Act I'm opting out of the sale of my personal data and of its use for targeted advertising. I noticed your Facebook ads following me around after I bought a bike chain guide from you.\n\nTobias Lindqvist\nFort Collins, CO",
      label=R(["opt_out_sale"], ["co_cpa"], "en", "targeted advertising opt-out filed as opt_out_sale"))

build("en-request-ct-export.eml", "thunderbird", ("Rosalind Achebe", "rachebe@example.org"),
      "Copy of my data in a usable format", "2027-08-07 10:15 -0400",
      "Hello,\n\nI'm a Connecticut resident and I'd like to confirm whether you process my personal data, get a copy of it, and receive it in a portable, machine-readable format (CSV or JSON is fine) so I can keep my order history for my home-inventory spreadsheet.\n\nAccount email: rachebe@example.org\n\nRegards,\nRosalind Achebe\nNew Haven, CT",
      label=R(["access", "portability"], ["ct_ctdpa"], "en", "Thunderbird format=flowed"))

build("en-request-utah-delete-short.eml", "android", ("Brigham Sorensen", "bsorensen@example.com"),
      "delete request", "2027-08-08 08:12 -0600",
      "Please delete all my personal data from your systems. Thanks. Brigham Sorensen, Provo, Utah\n\nSent from my Galaxy",
      label=R(["deletion"], ["ut_ucpa"], "en"))

build("en-request-oregon-dont-share-no-promos.eml", "iphone", ("Willa Jaramillo", "willa.j@example.net"),
      "Privacy", "2027-08-09 17:36 -0700",
      "Hi, I'm in Portland OR. Please don't sell or share my info with other companies, and stop the promo emails. Thanks!\n\nWilla\n\nSent from my iPhone",
      label=R(["opt_out_marketing", "opt_out_sale"], ["or_ocpa"], "en", "Oregon named via city/state"))

build("en-request-uk-sar-formal.eml", "outlook", ("Harriet Pennington-Leigh", "h.penningtonleigh@example.co.uk"),
      "Subject Access Request - orders 3DP-26-08810 and 3DP-27-10115", "2027-08-09 10:02 +0100",
      "Dear Sir or Madam,\n\nI am writing to make a subject access request under Article 15 of the UK GDPR and the Data Protection Act 2018.\n\nPlease provide me with a copy of all personal data you hold about me, the purposes for which it is processed, the recipients to whom it has been disclosed, how long it will be kept and the source of any data not collected from me.\n\nFor identification: I placed orders 3DP-26-08810 (tumble dryer door hinge) and 3DP-27-10115 (bike bottle cage adapter). My delivery address is 14 Wainfleet Road, Lincoln LN2 4QR.\n\nI look forward to your response within one month.\n\nYours faithfully,\n\nHarriet Pennington-Leigh",
      label=R(["access"], ["uk_gdpr"], "en", "formal SAR quoting order numbers"))

build("en-request-uk-object-analytics.eml", "gmail", ("Callum Reid", "callum.reid@example.co.uk"),
      "Objection to processing", "2027-08-10 13:44 +0100",
      "Hi,\n\nYour privacy notice says you use my data for 'internal analytics' on the basis of legitimate interests. I object to that under Article 21(1) UK GDPR. My situation: I don't want my purchase history profiled at all. You can keep what you need to honour the warranty on my order.\n\nCallum Reid\nGlasgow",
      label=R(["objection"], ["uk_gdpr"], "en", "Art 21(1)"))

build("en-request-ie-erasure.eml", "apple", ("Aoife Brennan", "aoife.brennan@example.ie"),
      "Erasure request", "2027-08-11 09:09 +0100",
      "Hello,\n\nUnder Article 17 GDPR I'm asking you to erase all personal data you hold about me, including my account, delivery addresses and order emails, except what you're legally obliged to keep for tax.\n\nThanks,\nAoife Brennan\nRathmines, Dublin 6",
      label=R(["deletion"], ["gdpr"], "en", "Ireland"))

build("en-request-ie-restrict-while-checking.eml", "thunderbird", ("Diarmuid \u00d3 Cearbhaill", "dio.cearbhaill@example.ie"),
      "Restrict use of my data + fix surname", "2027-08-12 21:17 +0100",
      "Hi,\n\nThe surname on my account is wrong (it says O'Carroll, I use \u00d3 Cearbhaill). Please correct it. Until that is sorted, I'd like you to restrict processing of my data - don't use it for anything except holding it. I had a parcel go missing because of the name mismatch on the courier label.\n\nDiarmuid \u00d3 Cearbhaill\nBallincollig, Co. Cork",
      subj_mode="q", label=R(["correction", "restriction"], ["gdpr"], "en", "restriction pending correction; Irish name in RFC 2047 From"))

build("en-request-ontario-pipeda-access-correction.eml", "outlook", ("Meredith Tan", "meredith.tan@example.ca"),
      "PIPEDA access request", "2027-08-13 15:20 -0400",
      "Good afternoon,\n\nUnder PIPEDA I would like access to the personal information 3DPros holds about me and an account of how it has been used and disclosed. If my phone number is still listed as 416-555-0141, please update it to 647-555-0188.\n\nMeredith Tan\nToronto, Ontario",
      label=R(["access", "correction"], ["pipeda"], "en"))

build("en-request-ps-under-bike-question.eml", "gmail", ("Lena Marsh", "lenamarsh@example.com"),
      "Derailleur hanger for a 2019 Trailhawk?", "2027-08-15 10:41 -0500",
      "Hi!\n\nDo you have a printed derailleur hanger that fits a 2019 Trailhawk 2? Mine snapped on a trail and the OEM one is backordered until December. I can send measurements or the broken piece if that helps.\n\nAlso, is PETG strong enough for a hanger or would you do nylon?\n\nThanks,\nLena\n\nP.S. Could you take me off the promo email list? I'll check the site when I need stuff.",
      label=R(["opt_out_marketing"], [], "en", "request only in P.S. under product question"))

build("en-request-subject-only-delete.eml", "plain", ("", "rk.bowman77@example.net"),
      "Delete my data please", "2027-08-15 23:58 -0400", "",
      label=R(["deletion"], [], "en", "subject only, empty body", requester=("", "rk.bowman77@example.net")))

build("en-request-angry-unsubscribed-three-times.eml", "gmail", ("Doug Petrakis", "dpetrakis@example.com"),
      "STOP EMAILING ME", "2027-08-16 07:55 -0400",
      "I have clicked your unsubscribe link THREE times since July and I'm still getting your 'back to school bike tune-up' garbage. Either your list is broken or you are ignoring people, and I honestly don't know which is worse. This is not how you treat someone's email address.\n\nI want OFF every list you have and I want my account and data deleted. Not deactivated. Deleted.\n\nIf I get one more email I'm reporting you to the FTC and my state AG.\n\nDoug Petrakis",
      label=R(["complaint", "deletion", "opt_out_marketing"], [], "en", "angry; complaint about handling of his data (ignored unsubscribes) plus renewed demands; no state named"))

build("en-request-va-appeal.eml", "outlook", ("Alan Chisholm", "alan.chisholm@example.com"),
      "Appeal of your decision on my deletion request", "2027-08-17 11:30 -0400",
      "Hello,\n\nOn July 29 your team told me you would keep my order history and could not delete it. I am appealing that decision under the Virginia Consumer Data Protection Act. The orders are over two years old and your own privacy notice says nothing needs to be kept longer than two years.\n\nPlease reconsider and tell me the outcome in writing.\n\nAlan Chisholm\nArlington, VA",
      label=R(["appeal", "deletion"], ["va_vcdpa"], "en", "appeal of refused deletion; the original request is not in the set, so this is a request; deletion renewed"))

build("en-request-co-appeal-short.eml", "iphone", ("Nadia Ferreira", "nadia.ferreira@example.net"),
      "Appeal", "2027-08-18 16:22 -0600",
      "You said no to giving me my data because I couldn't send a photo ID. I'm appealing - I gave you my order number and billing zip, that's plenty. Colorado resident.\n\nSent from my iPhone",
      label=R(["appeal"], ["co_cpa"], "en", "terse appeal of a refused access request"))

build("en-request-parent-son-review-and-account.eml", "gmail", ("Michelle Okafor", "michelle.okafor@example.com"),
      "My son's account and review", "2027-08-19 20:10 -0400",
      "Hello,\n\nMy son Daniel (13) set up an account on your site with his school email (d.okafor2014@example.com) to buy a bell mount for his bike. He also left a review with a photo of himself holding the bike. I'm his mother. Please delete his account and remove the review and photo. He's too young to be signing up for things without me.\n\nMichelle Okafor",
      label=R(["deletion", "minor_removal"], [], "en", "parent for 13-year-old; requester is the child",
              requester=("Daniel Okafor", "d.okafor2014@example.com"), agent=("Michelle Okafor", "michelle.okafor@example.com")))

build("en-request-teen-review-photo.eml", "iphone", ("jayden", "jaydenrides@example.net"),
      "can u take down my pic", "2027-08-20 22:47 -0700",
      "hey so i posted a review on the bmx pegs with a pic and my face is in it lol. im 16 and i dont want it up anymore. can u take it down?? im in san diego if that matters\n\nSent from my iPhone",
      label=R(["minor_removal"], ["ccpa"], "en", "teen wording; minor removal of content he posted; California city"))

build("en-request-lawfirm-poa.eml", "outlook", ("Sandra Ilves", "silves@ilves-law.example"),
      "Our client Teodoro Baca - data access and deletion (POA enclosed)", "2027-08-20 10:00 -0700",
      "Dear 3DPros LLC,\n\nThis firm represents Mr. Teodoro Baca (teo.baca@example.com) of Oakland, California. Enclosed please find a signed power of attorney authorizing us to act for him in all matters concerning his personal information.\n\nOn his behalf and pursuant to the California Consumer Privacy Act, we request that you (1) disclose the specific pieces of personal information you have collected about him, and (2) thereafter delete that information. Please direct all correspondence to the undersigned.\n\nVery truly yours,\n\nSandra Ilves\nIlves & Marchetti LLP",
      attachments=[("pdf", "Baca_POA_signed.pdf", fake_pdf("Power of Attorney - Teodoro Baca"))],
      label=R(["access", "deletion"], ["ccpa"], "en", "law firm with POA",
              requester=("Teodoro Baca", "teo.baca@example.com"), agent=("Sandra Ilves", "silves@ilves-law.example")))

build("en-request-agent-no-proof.eml", "plain", ("Scrubwise Privacy Team", "requests@scrubwise.example"),
      "Data Deletion Request on behalf of Carla Munoz [SW-448120]", "2027-08-21 04:12 +0000",
      "To whom it may concern,\n\nScrubwise is an authorized agent acting on behalf of the consumer identified below. Pursuant to the California Consumer Privacy Act, the consumer requests that you:\n\n  1. Delete all personal information you hold about them.\n  2. Not sell or share their personal information.\n\nConsumer: Carla Munoz\nEmail: carla.munoz.home@example.com\nState: CA\n\nPlease reply to this address with confirmation of completion. Reference: SW-448120\n\nScrubwise Privacy Team",
      label=R(["deletion", "opt_out_sale"], ["ccpa"], "en", "agent service, no proof of authority attached",
              requester=("Carla Munoz", "carla.munoz.home@example.com"), agent=("Scrubwise Privacy Team", "requests@scrubwise.example")))

build("en-request-relay-service-leeds.eml", "plain", ("Kestrel on behalf of Owen Pryce", "relay@kestrelrights.example"),
      "Owen Pryce would like his data deleted", "2027-08-22 12:30 +0000",
      "Hello 3DPros,\n\nOwen Pryce uses Kestrel to manage his personal data. He has asked that 3DPros erase all personal data it holds about him under Article 17 of the UK GDPR.\n\nOwen is based in Leeds, United Kingdom. You can reach him directly at the Reply-To address on this email; he is also copied.\n\nThis message was sent by Kestrel at Owen's request.\n",
      reply_to="Owen Pryce <owen.pryce@example.co.uk>", cc="Owen Pryce <owen.pryce@example.co.uk>",
      label=R(["deletion"], ["uk_gdpr"], "en", "relay service; person in Reply-To/Cc; labelled as agent",
              requester=("Owen Pryce", "owen.pryce@example.co.uk"), agent=("Kestrel", "relay@kestrelrights.example")))

build("en-request-agent-with-proof-ct.eml", "gmail", ("Fairlight Consumer Advocates", "agents@fairlight.example"),
      "Authorized agent request - Hollis Grant (authorization attached)", "2027-08-23 09:15 -0400",
      "Dear Privacy Team,\n\nFairlight Consumer Advocates submits this request as authorized agent for Hollis Grant, a Connecticut resident, under the Connecticut Data Privacy Act. A signed authorization and a copy of Mr. Grant's confirmation of identity are attached.\n\nMr. Grant requests deletion of his personal data and opts out of any sale of his personal data.\n\nConsumer email: hollis.grant@example.net\nOrders: 3DP-27-09804\n\nRegards,\nCase desk, Fairlight Consumer Advocates",
      attachments=[("pdf", "Grant_authorization.pdf", fake_pdf("Authorization - Hollis Grant"))],
      label=R(["deletion", "opt_out_sale"], ["ct_ctdpa"], "en", "agent with proof",
              requester=("Hollis Grant", "hollis.grant@example.net"), agent=("Fairlight Consumer Advocates", "agents@fairlight.example")))

FORM_TXT = "New submission from \"Privacy request\" form\n\n{rows}\n\n--\nSent from 3dpros.com (WPForms)\n"


def form_rows(rows):
    return "\n\n".join("%s\n%s" % (k, v) for k, v in rows)


def form_html(rows, title="Privacy request"):
    import html as _h
    tr = "".join('<tr><td style="padding:6px;background:#f3f3f3"><strong>%s</strong></td><td style="padding:6px">%s</td></tr>' % (_h.escape(k), _h.escape(v).replace("\n", "<br>")) for k, v in rows)
    return '<!DOCTYPE html><html><body style="font-family:Arial"><h3>%s</h3><table border="0" cellpadding="0" cellspacing="0" width="600">%s</table><p style="color:#888">Sent from 3dpros.com</p></body></html>\n' % (title, tr)


rows = [("Name", "Esperanza Villareal"), ("Email", "espe.villareal@example.com"), ("State / Province", "Colorado"),
        ("I want to", "Get a copy of my personal data"), ("Details", "whatever you have from my orders last year, thx")]
build("en-request-form-access-colorado.eml", "form", ("3DPros Website", FORM), "New Privacy request submission",
      "2027-08-24 02:14 +0000", FORM_TXT.format(rows=form_rows(rows)), reply_to="espe.villareal@example.com",
      label=R(["access"], ["co_cpa"], "en", "WPForms label/value lines", requester=("Esperanza Villareal", "espe.villareal@example.com"), form=True))

rows = [("Full name", "Ingrid Haugland"), ("Email address", "ingrid.haugland@example.no"), ("Country", "Norway"),
        ("Request type", "Correct my information"), ("Message", "My street address is misspelled: it is Fjellveien 12, not Fjellvein 12.")]
build("en-request-form-html-correction-norway.eml", "form", ("3DPros Website", FORM), "Privacy request: Ingrid Haugland",
      "2027-08-25 08:40 +0000", "", html=form_html(rows), reply_to="ingrid.haugland@example.no",
      label=R(["correction"], ["gdpr"], "en", "HTML-only table from the form; Norway (EEA)", requester=("Ingrid Haugland", "ingrid.haugland@example.no"), form=True))

rows = [("Name", "Terrence Boyd"), ("Email", "tboyd.sf@example.net"), ("State / Province", "California"),
        ("I want to", "Do Not Sell or Share My Personal Information\nLimit the Use of My Sensitive Personal Information"), ("Details", "")]
build("en-request-form-dont-sell-ca.eml", "form", ("3DPros Website", FORM), "New Privacy request submission",
      "2027-08-26 17:31 +0000", FORM_TXT.format(rows=form_rows(rows)), html=form_html(rows),
      label=R(["limit_sensitive", "opt_out_sale"], ["ccpa"], "en", "form text+html, two options ticked", requester=("Terrence Boyd", "tboyd.sf@example.net"), form=True))

rows = [("Name", "Yolanda Pierce"), ("Email", "ypierce@example.com"), ("State / Province", "California"),
        ("I want to", "Limit the use of my sensitive personal information"),
        ("Details", "I mentioned my late husband's hospital bed when I ordered the side-rail clips. Please don't use that for anything except the order.")]
build("en-request-form-limit-sensitive.eml", "form", ("3DPros Website", FORM), "New Privacy request submission",
      "2027-08-27 22:05 +0000", "", html=form_html(rows),
      label=R(["limit_sensitive"], ["ccpa"], "en", "HTML-only form", requester=("Yolanda Pierce", "ypierce@example.com"), form=True))

build("en-request-fwd-marketplace-message.eml", "staff", ("3DPros Team", SHOP),
      "Fwd: Message from buyer brightspoke_amy about order #MK-55190214", "2027-08-27 11:20 -0500",
      "fwd to privacy folder - buyer wants her stuff removed. Can someone handle? -R\n\n---------- Forwarded message ---------\nFrom: Makerlane Messages <messages@makerlane.example>\nDate: Thu, Aug 26, 2027 at 9:02 PM\nSubject: Message from buyer brightspoke_amy about order #MK-55190214\nTo: <3dprosteam@gmail.com>\n\n\nbrightspoke_amy wrote:\n\n  Hi, the brake lever cover was great. Could you please delete my name, address and phone number from your own records now that it's delivered? I only want Makerlane to have them. - Amy Costello\n\nReply on Makerlane: https://makerlane.example/messages/55190214\n",
      to="3dprosteam@gmail.com",
      label=R(["deletion"], [], "en", "staff forward of a marketplace message; requester is the buyer (marketplace relay address only)",
              requester=("Amy Costello", "messages@makerlane.example")))

build("en-request-fwd-instagram-teen.eml", "staff", ("3DPros Team", SHOP),
      "Fwd: instagram DM re the repost", "2027-08-28 09:03 -0500",
      "Screenshot text below from IG. Kid wants the repost gone. I took it down from the story but it's still in the highlights + the 'customer builds' page on the site.\n\n---------- Forwarded message ---------\nFrom: Instagram <no-reply@mail.instagram.example>\nDate: Fri, Aug 27, 2027\nSubject: @lil_wrenchx sent you a message\n\n@lil_wrenchx: hi u reposted my bike pic w the printed chain guard. im 14 and my parents said i shouldnt have my face online. pls delete it everywhere its on ur site too. my name is Ezra Whitfield\n",
      to="3dprosteam@gmail.com",
      label=R(["minor_removal"], [], "en", "staff forward of an Instagram DM from a 14-year-old",
              requester=("Ezra Whitfield", "no-reply@mail.instagram.example")))

build("en-request-html-only-what-do-you-have.eml", "htmlonly", ("Bernadette Kowal", "bkowal@example.com"),
      "question about my info", "2027-08-29 13:12 -0500", "",
      html='<html><body><div style="font-family:Verdana;font-size:13px">Hi,<br><br>What have you got on me, exactly? Name, address, card, what I looked at? And did any of it go to anyone else? I\'d like to see it all.<br><br>Bernadette</div></body></html>\n',
      label=R(["access"], [], "en", "HTML-only, plain words"))

build("en-request-no-legal-words-name-and-address.eml", "iphone", ("Siobhan Leary", "siobhan.leary@example.com"),
      "my info is wrong", "2027-08-30 12:31 -0400",
      "hi, you have my name as Shivon and an address from 2 moves ago. its Siobhan and 88 Larkspur Ln, Albany NY 12203 now. can u fix it in your system\n\nSent from my iPhone",
      label=R(["correction"], [], "en", "customer record correction, not an order address change; New York not in vocabulary"))

build("en-request-texas-everything.eml", "gmail", ("Luis Cardenas", "luis.cardenas@example.net"),
      "my data", "2027-08-31 21:48 -0500",
      "I'm in Houston, Texas. Send me a copy of everything you've got on me, then delete it, stop selling or sharing it, and quit sending me marketing emails.\n\nLuis",
      label=R(["access", "deletion", "opt_out_marketing", "opt_out_sale"], ["tx_tdpsa"], "en", "four asks in one sentence"))

o2 = "3DP-27-10711"
build("en-request-uk-delete-over-order-thread.eml", "apple", ("Graham Sutcliffe", "graham.sutcliffe@example.co.uk"),
      "Re: Your 3DPros order %s" % o2, "2027-09-01 18:20 +0100",
      "Part arrived and fits the Bosch door perfectly, cheers.\n\nNow that's done, please close my account and delete my details, including the card you've got saved. I won't need anything else.\n\nGraham\nSalford, Greater Manchester\n\n"
      + quote(ship_mail(o2, "Graham Sutcliffe", "Royal Mail Tracked 48", "TT 2214 8890 1GB"), "3DPros Team <3dprosteam@gmail.com>", "27 Aug 2027, at 15:02")
      + "\n>\n" + "\n".join("> " + l for l in quote(order_mail(o2, "Graham Sutcliffe", ["Dishwasher door hinge cable pulley (pair), PETG black - \u00a314.90", "Tracked shipping UK - \u00a34.50"], "\u00a319.40", ["Graham Sutcliffe", "7 Cromwell Terrace", "Salford M6 7FD", "United Kingdom"]), "3DPros Team <3dprosteam@gmail.com>", "24 Aug 2027, at 10:11").split("\n")),
      in_reply_to=msgid("ship:" + o2), references=msgid("order:" + o2) + " " + msgid("ship:" + o2),
      label=R(["deletion"], ["uk_gdpr"], "en", "request above a long quoted order+shipping thread"))

o3 = "3DP-27-10844"
build("en-request-illinois-dont-sell-on-thread.eml", "gmail", ("Renata Szabo", "renata.szabo@example.com"),
      "Re: Order %s shipped" % o3, "2027-09-02 08:05 -0500",
      "Got it, thanks. I was reading your privacy policy while waiting and it says you may share info with 'third parties'. Please don't sell or share mine with anyone.\n\nRenata (Chicago)\n\n"
      + quote(ship_mail(o3, "Renata Szabo", "UPS Ground", "1Z 999 AA1 01 2345 6784"), "3DPros Team <3dprosteam@gmail.com>", "Tue, Aug 31, 2027 at 2:44 PM"),
      in_reply_to=msgid("ship:" + o3),
      label=R(["opt_out_sale"], [], "en", "Illinois: no regime in vocabulary"))

build("en-request-withdraw-photo-consent-edinburgh.eml", "gmail", ("Fiona MacAulay", "fiona.macaulay@example.co.uk"),
      "The photo of my e-bike", "2027-09-03 10:10 +0100",
      "Hiya,\n\nBack in May I said yes to you using the photo of my e-bike with your printed battery cover in your marketing. I've changed my mind and I'm withdrawing that consent - please stop using it on the website and socials.\n\nFiona\nLeith, Edinburgh",
      label=R(["withdraw_consent"], ["uk_gdpr"], "en"))

build("en-request-finland-restriction.eml", "outlook", ("Eero Laaksonen", "eero.laaksonen@example.fi"),
      "Restriction of processing - disputed charge", "2027-09-03 14:25 +0300",
      "Hello,\n\nI have a card dispute running about order 3DP-27-10399 (charged twice). Please do not delete my data, I need it for the dispute, but restrict the processing of my personal data under Article 18 GDPR until the matter is closed. No marketing, no analytics, nothing.\n\nBest regards,\nEero Laaksonen\nTampere, Finland",
      label=R(["restriction"], ["gdpr"], "en", "English from Finland"))

build("en-request-denmark-object-recommendations.eml", "apple", ("Mette Kjaergaard", "mette.k@example.dk"),
      "Personalised recommendations", "2027-09-04 19:55 +0200",
      "Hi,\n\nI object to you using my order history to build 'recommended for you' lists and similar profiling. Please stop processing my data for that purpose.\n\nMette Kj\u00e6rgaard\nAarhus, Denmark",
      label=R(["objection"], ["gdpr"], "en"))

build("en-request-sweden-portability-csv.eml", "thunderbird", ("Anders Bergfors", "anders.bergfors@example.se"),
      "Data portability (Art. 20)", "2027-09-05 11:00 +0200",
      "Hi,\n\nPlease send me the personal data I provided to you - account details, order history and the measurement notes I uploaded for my custom parts - in a structured, commonly used, machine-readable format (CSV/JSON), per Art. 20 GDPR.\n\nThanks,\nAnders Bergfors\nUppsala, Sweden",
      label=R(["portability"], ["gdpr"], "en"))

build("en-request-uk-complaint-label.eml", "outlook", ("Rajesh Bhattacharya", "rbhattacharya@example.co.uk"),
      "Complaint about how my details were handled", "2027-09-06 09:40 +0100",
      "Dear 3DPros,\n\nI wish to make a formal complaint. The parcel for my order arrived with a handwritten note on the outside that included my full name, my mobile number and the words \u201cmedical - stairlift part\u201d. Anyone in my building could read it. I did not agree to that information being shown to the courier or my neighbours.\n\nI expect an explanation of how this happened and what you will change.\n\nRajesh Bhattacharya\nCroydon, London",
      label=R(["complaint"], ["uk_gdpr"], "en", "complaint about how his data was handled"))

build("en-request-oregon-scam-text-leak.eml", "gmail", ("Cheyenne Whitaker", "cwhitaker@example.net"),
      "Did you leak my info??", "2027-09-06 22:30 -0700",
      "I just got a scam text that mentioned my 3DPros order number and the bike part I bought. The only place that info exists is with you. I want to know exactly what you have on me and who you've shared it with, and I'm lodging a complaint - this is not OK.\n\nCheyenne Whitaker\nEugene, Oregon",
      label=R(["access", "complaint"], ["or_ocpa"], "en"))

build("en-request-limit-sensitive-ms.eml", "apple", ("Cora Delgado", "cora.delgado@example.com"),
      "Health info I mentioned", "2027-09-07 15:15 -0700",
      "Hello,\n\nWhen I ordered the joystick knob for my mobility scooter I explained in the notes that I have MS and limited grip. I'm a California resident and I'd like you to limit the use of that sensitive information to just making my part. Don't use it for ads or anything else.\n\nThank you,\nCora Delgado",
      label=R(["limit_sensitive"], ["ccpa"], "en"))

build("en-request-limit-precise-location.eml", "gmail", ("Wen-Li Chao", "wenli.chao@example.com"),
      "Precise location", "2027-09-08 09:02 -0700",
      "Hi, your notice says you may collect precise location from devices. I live in Sacramento, CA and want you to limit use of my precise geolocation (and any other sensitive personal information) to what's strictly needed to ship orders.\n\nWen-Li",
      label=R(["limit_sensitive"], ["ccpa"], "en"))

build("en-request-alberta-withdraw.eml", "iphone", ("Colt Beaumont", "colt.beaumont@example.ca"),
      "consent", "2027-09-08 19:44 -0600",
      "I withdraw my consent to 3DPros using my personal information for anything other than my warranty. Calgary AB\n\nSent from my iPhone",
      label=R(["withdraw_consent"], ["pipeda"], "en"))

build("en-request-shine-the-light-plain.eml", "gmail", ("Monique Ashby", "monique.ashby@example.net"),
      "who got my info?", "2027-09-09 12:18 -0700",
      "Hi - I live in Long Beach, California. Did you give my name or email to any other companies so they could market to me last year? If so, which ones, and what did you give them?\n\nMonique",
      label=R(["shine_the_light"], ["ccpa"], "en", "Shine the Light in plain words; statute not named so only ccpa"))

rows = [("Name", "Arturo Bel\u00e9n"), ("Email", "arturo.belen@example.com"), ("State / Province", "California"),
        ("I want to", "California Shine the Light disclosure"), ("Details", "For 2026 please.")]
build("en-request-form-shine-the-light.eml", "form", ("3DPros Website", FORM), "New Privacy request submission",
      "2027-09-10 03:33 +0000", FORM_TXT.format(rows=form_rows(rows)), html=form_html(rows),
      label=R(["shine_the_light"], ["ca_shine_the_light", "ccpa"], "en", "form option names Shine the Light", requester=("Arturo Bel\u00e9n", "arturo.belen@example.com"), form=True))

build("en-request-uk-art21-2-marketing.eml", "gmail", ("Poppy Ashworth", "poppy.ashworth@example.co.uk"),
      "Direct marketing objection", "2027-09-10 08:20 +0100",
      "Hello,\n\nI object to the processing of my personal data for direct marketing purposes under Article 21(2) UK GDPR. Please confirm that you will not send me any further marketing by email, post or text.\n\nPoppy Ashworth\nBristol",
      label=R(["opt_out_marketing"], ["uk_gdpr"], "en", "Art 21(2) -> opt_out_marketing"))

build("en-request-texas-appeal.eml", "outlook", ("Reginald Okonkwo", "rokonkwo@example.com"),
      "Appeal - denial of my data request", "2027-09-11 10:45 -0500",
      "To 3DPros LLC,\n\nI am appealing your decision of September 2 to deny my request for a copy of my personal data. The reason given (\u201cwe could not locate an account\u201d) is wrong - I checked out as a guest with this email on order 3DP-27-10506.\n\nPlease process my appeal under the Texas Data Privacy and Security Act.\n\nReginald Okonkwo\nSan Antonio, TX",
      label=R(["access", "appeal"], ["tx_tdpsa"], "en", "appeal renews the access request"))

build("en-request-ireland-appeal-refusal.eml", "gmail", ("Niamh Gallagher", "niamh.gallagher@example.ie"),
      "Re-consider your refusal", "2027-09-12 17:02 +0100",
      "Hi,\n\nI disagree with your answer that you must keep my address for 'fraud prevention' and therefore won't erase it. I never had a single problem order. Please review the decision properly and erase it, or tell me which law requires you to keep it.\n\nNiamh Gallagher\nGalway",
      label=R(["appeal", "deletion"], ["gdpr"], "en", "disputes a refusal; labelled appeal per set F convention"))

build("en-request-iceland-delete-withdraw.eml", "gmail", ("Sigr\u00fan Einarsd\u00f3ttir", "sigrun.e@example.is"),
      "Please remove me", "2027-09-15 13:30 +0000",
      "Hello,\n\nI withdraw my consent for newsletters and ask you to delete my account and personal data.\n\nBest,\nSigr\u00fan Einarsd\u00f3ttir\nReykjav\u00edk, Iceland",
      subj_mode="b", label=R(["deletion", "opt_out_marketing", "withdraw_consent"], ["gdpr"], "en", "Iceland is EEA; newsletter consent withdrawal also opt_out_marketing; From name in B encoding"))

build("en-request-nyc-copy-and-portable.eml", "gmail", ("Adaeze Nwosu", "adaeze.nwosu@example.com"),
      "export my account", "2027-09-20 14:05 -0400",
      "Is there a way to download everything in my account? orders, saved models, addresses. I'm moving my stuff to a spreadsheet. A file I can open in Excel would be perfect.\n\nAdaeze",
      label=R(["access", "portability"], [], "en", "no legal words; asks for export in a reusable file"))

build("en-request-ca-delete-review-minor.eml", "gmail", ("Harper Lindgren", "harperlindgren09@example.net"),
      "remove my post", "2027-09-21 16:44 -0700",
      "Hi. I'm 17 and I live in California. I posted a comment with my full name and school on your 'customer builds' page when I got my skateboard riser pads. Please remove the post. Thank you.\n\nHarper",
      label=R(["minor_removal"], ["ccpa"], "en", "minor removal; Bus. & Prof. Code not named"))

build("en-request-complaint-no-answer-new-thread.eml", "gmail", ("Victor Halloran", "victor.halloran@example.com"),
      "Complaint - ignored privacy request", "2027-09-22 08:30 -0400",
      "Hello,\n\nIn June I emailed asking for my data to be deleted. I never got an answer, not even an automated one, and I still get your emails. I'm filing a complaint with you about how my request was handled, and I'm asking again: delete my data.\n\nVictor Halloran\nHartford, Connecticut",
      label=R(["complaint", "deletion"], ["ct_ctdpa"], "en", "new thread; original June request not in the set"))

o4 = "3DP-27-10866"
build("en-request-shine-on-order-thread.eml", "apple", ("Delia Fontaine", "delia.fontaine@example.com"),
      "Re: Your 3DPros order %s" % o4, "2027-09-16 19:40 -0700",
      "Thanks for the quick print!\n\nOne more thing - since I'm a California resident: under the Shine the Light law, can you tell me whether you gave my personal info to any other businesses for their own direct marketing in 2026, and if so, who?\n\nDelia\n\n"
      + quote(order_mail(o4, "Delia Fontaine", ["Stand mixer bowl-lock tab, PETG white - $12.00", "Shipping - $5.95"], "$17.95", ["Delia Fontaine", "2290 Alameda Ave", "Santa Rosa, CA 95404"]), "3DPros Team <3dprosteam@gmail.com>", "Sep 14, 2027, at 10:03 AM"),
      in_reply_to=msgid("order:" + o4),
      label=R(["shine_the_light"], ["ca_shine_the_light", "ccpa"], "en", "Shine the Light request above a quoted order confirmation"))
