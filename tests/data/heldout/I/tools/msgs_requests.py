"""English privacy requests (hand-written)."""
from kit import M, SHOP, SHOP_NAME

# 1 staff forward of a marketplace conversation
M("en-request-etsy-fwd-forget-me.eml", style="fwd", frm=(SHOP_NAME, SHOP), to=("", SHOP),
  subj="Fwd: Message from a buyer about order #3391827711", date="2027-02-02 08:41 -0600",
  body="""forwarding to the privacy pile so it doesnt get lost in Etsy. -Marco

---------- Forwarded message ---------
From: Etsy Conversations <conversations@marketplace.example>
Date: Mon, Feb 1, 2027 at 11:02 PM
Subject: Message from a buyer about order #3391827711
To: <3dprosteam@gmail.com>

Jolene Barraclough sent you a message:

hi! the dice tower arrived fine, thank you. one thing tho, once this order is closed can you wipe my name and address and all that from your own records? i only want Etsy to have it, not every shop i buy from. ty!!

Reply on Etsy: https://marketplace.example/conversations/90114477
""",
  types=["deletion"], regimes=[], requester=("Jolene Barraclough", ""),
  notes="Staff forward of a marketplace message; the buyer asks the shop to erase her details from its own records once the order closes. No email for the buyer, only the marketplace relay.")

# 2 terse iPhone one-liner
M("en-request-terse-delete-acct.eml", style="iphone", frm=("Tyrese Okafor", "tyrese.okafor@example.net"),
  subj="account", date="2027-02-03 22:17 -0500",
  body="""pls delete my account and everything on it. thx

Sent from my iPhone""",
  types=["deletion"], notes="Terse one-liner from a phone.")

# 3 CCPA know + delete, formal
M("en-request-ccpa-know-and-delete.eml", style="outlook", frm=("Harriet Vandermolen", "hvandermolen@example.com"),
  subj="Consumer request under the CCPA – right to know and right to delete", date="2027-02-04 10:05 -0800",
  body="""To the privacy team at 3DPros LLC,

I am a California resident (Fresno, CA) and I am making two requests under the California Consumer Privacy Act as amended by the CPRA:

1. Right to know: please disclose the categories and specific pieces of personal information you have collected about me, the sources, the business purposes, and the categories of third parties you have disclosed it to.
2. Right to delete: once you have responded to (1), please delete the personal information you collected from me, and direct your service providers to do the same.

I have ordered from you twice (orders 3DP-40417 and 3DP-41022) using this email address. My shipping ZIP is 93704.

Kind regards,
Harriet Vandermolen
""",
  types=["access", "deletion"], regimes=["ccpa"], notes="Formal CCPA letter with order numbers.")

# 4 Shine the Light, named
M("en-request-shine-the-light-1798-83.eml", style="gmail", frm=("Dmitri Pavlenko-Reyes", "dpavlenko.reyes@example.org"),
  subj="Cal. Civ. Code 1798.83 request", date="2027-02-05 14:30 -0800",
  body="""Hello,

Pursuant to California Civil Code section 1798.83, please provide me with a list of the categories of personal information you disclosed to third parties for their direct marketing purposes during calendar year 2026, together with the names and addresses of those third parties.

I reside in Long Beach, California. My customer email is this one.

Thank you,
Dmitri Pavlenko-Reyes
""",
  types=["shine_the_light"], regimes=["ccpa", "ca_shine_the_light"], notes="Shine the Light by statute number.")

# 5 Shine the Light in plain words
M("en-request-who-got-my-info-sandiego.eml", style="iphone", frm=("Marisol Quintanilla", "marisolq@example.com"),
  subj="quick question re my info", date="2027-02-09 19:48 -0800",
  body="""Hi there, i got a bunch of random filament ads after ordering the planter from you guys. Could u tell me which other companies you gave my info to for their own marketing last year? Just the names + what info. I live in San Diego if that matters

Marisol

Sent from my iPhone""",
  types=["shine_the_light"], regimes=["ccpa", "ca_shine_the_light"],
  notes="No statute named; a California resident asks which companies received her info for their marketing - Shine the Light. ca_shine_the_light kept as the regime a reader would file it under; debatable, only ccpa is strictly visible.")

# 6 request in a P.S. under unrelated message (Shine the Light)
M("en-request-ps-shine-light-sacramento.eml", style="gmail", frm=("Owen Whitcombe", "owen.whitcombe@example.net"),
  subj="Re: quote for 12x cable clips", date="2027-02-11 09:12 -0800",
  body="""Hi Marco,

PETG in black is fine, and 0.2 mm layers are OK for these. If you can ship by the 20th that'd be great, go ahead and invoice me.

Owen

P.S. Unrelated, but since I have you: I'm in Sacramento, and under California's Shine the Light law I'd like the list of any third parties you shared my personal info with for their direct marketing in 2026.

On Wed, Feb 10, 2027 at 4:51 PM 3DPros Team <3dprosteam@gmail.com> wrote:
> Hi Owen, thanks for the files. For 12 clips in PETG we can do $38 + shipping.
> Would black work or do you need a specific color?
> Marco
""",
  irt="<CAq9Xv1R8n2Kd@mail.gmail.com>",
  types=["shine_the_light"], regimes=["ccpa", "ca_shine_the_light"],
  notes="Request in a P.S. under an ordinary quote reply; the reply itself is order handling.")

# 7 minor removal, teen in California
M("en-request-teen-take-down-pic.eml", style="iphone", frm=("kaylee", "kayleeprints2011@example.com"),
  subj="can u take down my pic", date="2027-02-13 16:20 -0800",
  body="""hiii so i'm 15 and last year i posted a pic of my cosplay helmet on ur customer gallery thing and my face is in it 😭 can u pls take it down?? my username is kaylee_makes. im in california (fresno) if that matters

Sent from my iPhone""",
  types=["minor_removal"], regimes=["ccpa"],
  notes="Teenager asks removal of a photo she posted; California named - minor_removal.")

# 8 minor removal by parent
M("en-request-parent-son-posts-ca.eml", style="gmail", frm=("Renata Albescu", "renata.albescu@example.org"),
  subj="My son's posts and account on your site", date="2027-02-16 20:05 -0800",
  body="""Hello,

My son Luca Albescu is 13. Without asking me he made an account on your website and posted several photos of his Warhammer terrain prints in your community showcase, with his full name and school name in the captions. We live in San Jose, California.

Please remove everything he posted from the showcase, and then close and delete his account (the email on it is luca.albescu.13@example.org). I can confirm I'm his mother in whatever way you need.

Renata Albescu
""",
  types=["minor_removal", "deletion"], regimes=["ccpa"],
  requester=("Luca Albescu", "luca.albescu.13@example.org"), agent_for=("Luca Albescu", "luca.albescu.13@example.org"),
  agent=("Renata Albescu", "renata.albescu@example.org"),
  notes="Parent for a 13-year-old in California: removal of his posts plus account deletion.")

# 9 minor removal without a state
M("en-request-teen-old-designs-username.eml", style="gmail", frm=("Ash", "ash.devries.prints@example.net"),
  subj="old uploads from when i was 13", date="2027-02-24 17:33 -0600",
  body="""hey, kinda embarrassing but i made an acct on your site when i was 13 and uploaded a bunch of my designs publicly with my real name on them. im 16 now and would really like those public uploads gone, i dont want them findable by people at school. account is ash.devries.prints@example.net

thanks""",
  types=["minor_removal"], regimes=[],
  notes="Teen asks removal of content posted as a minor; no state named so no regime.")

# 10 minor removal web form
M("en-request-form-minor-content.eml", style="form", reply_to=("Benjamin Hartsough", "bhartsough@example.com"),
  subj="New submission: Privacy Request Form", date="2027-03-01 07:58 -0800",
  body="""You have a new submission from the Privacy Request Form on 3dpros.com

Name: Benjamin Hartsough
Email: bhartsough@example.com
State / Province: California
Country: United States
Request type: Remove content I posted while under 18
Account email: benny.h.builds@example.com
Details: Please remove my project photos and comments from the showcase. I posted them when I was 14 (I'm 17 now).
I confirm I am the person named above: Yes

--
Sent from 3dpros.com
""",
  types=["minor_removal"], regimes=["ccpa"], form=True, requester=("Benjamin Hartsough", "bhartsough@example.com"),
  notes="Web form, label/value lines.")

# 11 limit sensitive, CPRA wording
M("en-request-limit-sensitive-cpra.eml", style="apple", frm=("Priya Venkataraman", "priya.v@example.com"),
  subj="Limit the Use of My Sensitive Personal Information", date="2027-02-18 11:40 -0800",
  body="""Hello,

I'm a California resident. Under the CPRA, I'm directing you to limit the use and disclosure of my sensitive personal information to what is necessary to perform the services I ordered. That includes my precise location, and the medical note I included with order 3DP-42210 (custom grip for my arthritis).

Thanks,
Priya Venkataraman
Pasadena, CA
""",
  types=["limit_sensitive"], regimes=["ccpa"], notes="Explicit CPRA limit request.")

# 12 limit sensitive, prosthetic measurements, Ontario
M("en-request-limit-health-measurements-ontario.eml", style="thunderbird", frm=("Graham Okonkwo-Bell", "g.okonkwobell@example.ca"),
  subj="how you use the info about my hand", date="2027-02-20 09:02 -0500",
  body="""Hi,

When I ordered the adaptive utensil holder in January I sent you photos of my hand and a note about my partial amputation so the fit would be right. That was fine for the print. I'd like you to not use any of that for anything else though -- no "case studies", no sharing it with a design partner, nothing. Only for my orders.

Graham Okonkwo-Bell
Hamilton, Ontario
""",
  types=["limit_sensitive"], regimes=["pipeda"],
  notes="Health details restricted to order use; no legal words. Could be read as restriction; a person would file limit_sensitive.")

# 13 limit sensitive + opt out sale, Oakland
M("en-request-location-dont-sell-oakland.eml", style="iphone", frm=("Wes Tanaka", "wes.tanaka@example.net"),
  subj="location data", date="2027-02-22 13:15 -0800",
  body="""Your app asked for my precise location when I checked order status. Only use my location to ship stuff to me, nothing else, and dont sell it or my email to anyone. Oakland CA

Sent from my iPhone""",
  types=["limit_sensitive", "opt_out_sale"], regimes=["ccpa"], notes="Two asks in one short message.")

# 14 limit sensitive, Texas
M("en-request-limit-religious-orders-texas.eml", style="gmail", frm=("Miriam Abendroth", "miriam.abendroth@example.com"),
  subj="Sensitive data from my custom orders", date="2027-03-03 15:44 -0600",
  body="""Hello 3DPros,

Most of what I order from you is Judaica for our synagogue's youth group (mezuzah cases, a Hanukkah menorah). I realize that tells you my religion. I'm asking that you process that sensitive data only to fill my orders and not use it for marketing segments or anything else. I understand Texas law gives me a say in this.

Miriam Abendroth
Austin, TX
""",
  types=["limit_sensitive"], regimes=["tx_tdpsa"], notes="Religious beliefs inferred from orders; Texas.")

# 15 appeal Virginia
M("en-request-appeal-virginia.eml", style="outlook", frm=("Cornelius Ashby", "c.ashby@example.org"),
  subj="Appeal of decision on my data request", date="2027-02-25 08:30 -0500",
  body="""Dear 3DPros LLC,

On January 28 you replied that you could not act on my deletion request because you "could not match my identity". I supplied my order number (3DP-39118) and the email I ordered with. I am appealing that decision under the Virginia Consumer Data Protection Act and ask that you reconsider within the statutory period and inform me in writing of the outcome.

Cornelius Ashby
Roanoke, Virginia
""",
  types=["appeal"], regimes=["va_vcdpa"], notes="Appeal of an earlier refusal (outside the set).")

# 16 appeal Colorado
M("en-request-appeal-colorado.eml", style="gmail", frm=("Shauna Redcloud", "shauna.redcloud@example.net"),
  subj="I'm appealing", date="2027-03-08 12:12 -0700",
  body="""Hi. You turned down my request to see what data you hold on me, saying it was "manifestly unfounded". I don't agree, it's my data. I'm formally appealing under the Colorado Privacy Act. Please look at it again.

Shauna Redcloud, Boulder CO
""",
  types=["appeal"], regimes=["co_cpa"], notes="Short appeal of a refused access request.")

# 17 appeal + renewed deletion, Connecticut
M("en-request-appeal-ct-renewed-deletion.eml", style="apple", frm=("Patrick Szymanski", "pszymanski@example.com"),
  subj="Appeal - deletion request denied", date="2027-03-12 17:55 -0500",
  body="""Hello,

Your email of March 2 said you would keep my account because of "ongoing business purposes". I haven't bought anything since 2024. I'm appealing that under the Connecticut Data Privacy Act, and I repeat: delete my account and the data linked to it.

Patrick Szymanski
New Haven, CT
""",
  types=["appeal", "deletion"], regimes=["ct_ctdpa"], notes="Appeal plus renewed demand adds deletion.")

# 18 appeal Oregon
M("en-request-appeal-oregon-portland.eml", style="yahoo", frm=("Delphine Marchetti", "delphine.marchetti@example.com"),
  subj="re-consider please", date="2027-03-19 10:21 -0700",
  body="""hello, you wrote that you can't give me a copy of my uploaded 3D files because they are "work product". they are MY files that I uploaded. I want to appeal this decision. Im in Portland, Oregon.
-Delphine""",
  types=["appeal"], regimes=["or_ocpa"], notes="Appeal; Oregon (in the brief's regime vocabulary).")

# 19 appeal + complaint UK
M("en-request-appeal-complaint-uk.eml", style="thunderbird", frm=("Fergus McAllister", "fergus.mcallister@example.co.uk"),
  subj="Your refusal of my subject access request", date="2027-03-24 21:03 +0000",
  body="""Dear Sir/Madam,

I asked for a copy of my data on 4 February. You took five weeks to answer and then refused, saying I had "not provided sufficient proof of identity", even though I wrote from the email address on the account. I think that's a poor way to handle a simple request and I want to register my complaint about it.

I am also asking you to review that refusal. If I don't hear back I will take it to the ICO.

Fergus McAllister
Edinburgh
""",
  types=["appeal", "complaint"], regimes=["uk_gdpr"],
  notes="Edinburgh + ICO: UK. Complaint about how his SAR was handled, plus a request to review the refusal (appeal).")

# 20 long angry letter: complaint + opt out marketing + deletion
M("en-request-angry-still-emailing.eml", style="gmail", frm=("Beverley Thornbury", "bev.thornbury@example.co.uk"),
  subj="STILL getting your emails!!!", date="2027-02-26 07:12 +0000",
  body="""I have now unsubscribed THREE times from your "Maker Monday" emails. Three. The last time I even replied to one asking you to stop. Today I got another one, AND a text message about a spring sale on a number I never gave you as far as I remember.

I am fed up. Where did you get my mobile number? Who else have you given it to? I bought ONE lithophane from you in 2025 as a present for my mum and since then it's been non stop.

Frankly the way you have dealt with my information is a disgrace. So to be completely clear:
- stop all marketing to me, email and text
- delete everything you have about me once that's done
- and don't tell me it'll take 30 days, you managed to add me to a list in 30 seconds.

If this carries on I'll be reporting you to the ICO.

Beverley Thornbury
Leeds
""",
  types=["complaint", "opt_out_marketing", "deletion"], regimes=["uk_gdpr"],
  notes="Long angry letter. The 'where did you get my number / who else' questions could also be read as access; left out because she asks for deletion, not a copy.")

# 21 complaint from a teacher, Netherlands, English
M("en-request-teacher-complaint-cc-list.eml", style="outlook", frm=("Inge Verhoeven", "i.verhoeven@lyceum-delta.example"),
  subj="Your order confirmation exposed my home address", date="2027-03-02 14:48 +0100",
  body="""Hello,

I ordered the classroom set of gear models for our technology lessons, privately, with my home address. Your order confirmation went out with our whole department in CC (somehow you used the address list from the school quote request), so now 14 colleagues have my home address and phone number. I am not happy with how carelessly that was handled.

Please remove my home address and phone number from your records, I don't need you to keep them now the order has arrived.

Best regards,
Inge Verhoeven
Teacher Technology, Lyceum Delta, Rotterdam, the Netherlands
""",
  types=["complaint", "deletion"], regimes=["gdpr"], clang="nl-NL",
  notes="Complaint about a disclosure of her data plus a deletion of address/phone.")

# 22 complaint + access, British Columbia
M("en-request-got-someone-elses-invoice-bc.eml", style="gmail", frm=("Nadia Saunders", "nadia.saunders@example.ca"),
  subj="You sent me a stranger's invoice", date="2027-03-05 18:30 -0800",
  body="""Hi,

My package came today with someone else's invoice in it -- full name, address in Kelowna, phone number, what they paid. That's really not OK and I'm honestly worried my own invoice went into someone else's box.

I want to know exactly what information of mine you hold and whether any of it went to another customer. Please send me what you have on me.

I'll put the stranger's invoice in the mail back to you.

Nadia Saunders
Victoria, BC
""",
  types=["complaint", "access"], regimes=["pipeda"], notes="Complaint about data handling plus access.")

# 23 objection, UK GDPR Art 21(1)
M("en-request-object-analytics-uk.eml", style="apple", frm=("Tomasz Whitfield", "t.whitfield@example.co.uk"),
  subj="Objection to processing", date="2027-03-07 10:10 +0000",
  body="""Hello,

Under Article 21(1) UK GDPR I object to your processing of my personal data for analytics and "customer insights" based on legitimate interests. My particular situation: I work in security and I'd rather my purchasing patterns weren't profiled by anyone.

Regards,
Tomasz Whitfield
Bristol
""",
  types=["objection"], regimes=["uk_gdpr"], notes="Art. 21(1) objection.")

# 24 objection, plain words, Poland in English
M("en-request-dont-use-my-order-history-krakow.eml", style="iphone", frm=("Kasia Nowicka", "kasia.nowicka@example.pl"),
  subj="your 'insights' thing", date="2027-03-10 12:41 +0100",
  body="""Hi, i saw in your newsletter you 'analyze customer order history to improve recommendations'. Pls dont do that with my orders, i dont want to be part of it. Thanks

Kasia, Kraków

Wysłane z iPhone'a""",
  types=["objection"], regimes=["gdpr"], notes="Objection without legal words.")

# 25 restriction + correction, Ireland
M("en-request-wrong-name-pause-ireland.eml", style="gmail", frm=("Siobhán Ní Fhloinn", "siobhan.nifhloinn@example.ie"),
  subj="Wrong name on my account – please fix and pause", date="2027-02-08 16:22 +0000",
  body="""Hi folks,

My account shows the name "Siobhan Flynn", which isn't me (it's Siobhán Ní Fhloinn). I suspect someone merged two customers. Please correct the name, and until you've sorted out whose orders are whose, don't use my data for anything -- restrict it.

Go raibh maith agat,
Siobhán
Galway, Ireland
""",
  types=["correction", "restriction"], regimes=["gdpr"], notes="Correction with restriction pending accuracy.")

# 26 restriction during dispute, Belgium
M("en-request-restrict-not-delete-chargeback.eml", style="outlook", frm=("Jeroen De Backer", "jeroen.debacker@example.be"),
  subj="Do NOT delete my data - restriction request", date="2027-03-15 09:35 +0100",
  body="""Dear 3DPros,

As you know we disagree about order 3DP-43008 (the robot arm parts that arrived warped) and I have started a chargeback with my bank.

You told me you would "clean up" my account. Please do not delete anything: I need the data as evidence. Instead, I ask you to restrict processing of my personal data (Art. 18 GDPR) - keep it stored, but don't use it for anything else until the dispute is over.

Kind regards,
Jeroen De Backer
Leuven, Belgium
""",
  types=["restriction"], regimes=["gdpr"], notes="Restriction instead of erasure during a legal claim.")

# 27 restriction, typos, no law
M("en-request-pause-my-info-typo.eml", style="iphone", frm=("Jordy Lamarre", "jordylamarre@example.com"),
  subj="hold on", date="2027-03-17 23:59 -0400",
  body="""hey can u pls pause useing my info untill i check whats actually in my acount, some of it looks wrong and i dont want it used till i check. dont delete it tho

Sent from my iPhone""",
  types=["restriction"], regimes=[], notes="Restriction in everyday words, with typos.")

# 28 withdraw consent photos, Nova Scotia
M("en-request-withdraw-photo-consent-ns.eml", style="gmail", frm=("Ellie MacIsaac", "ellie.macisaac@example.ca"),
  subj="taking back my ok for the photos", date="2027-02-12 11:11 -0400",
  body="""Hi!

Back in the fall I said yes when you asked if you could use pics of my printed lighthouse model (with me holding it) on your Instagram and website. I've changed my mind and I'm withdrawing that consent - please take them down and don't use them again.

Thanks, no hard feelings!
Ellie
Halifax, Nova Scotia
""",
  types=["withdraw_consent"], regimes=["pipeda"], notes="Consent withdrawal for photo use.")

# 29 withdraw consent + opt out marketing
M("en-request-withdraw-newsletter-survey.eml", style="gmail", frm=("Rufus Adeyemi-Kline", "rufus.ak@example.com"),
  subj="consent", date="2027-03-04 08:00 -0600",
  body="""I'm withdrawing the consent I gave at checkout for the newsletter and for the product research survey panel. Please take me off both.

Rufus
""",
  types=["withdraw_consent", "opt_out_marketing"], regimes=[], notes="Withdrawal covering newsletter and research panel.")

# 30 withdraw consent, Denmark makerspace member in English
M("en-request-withdraw-case-study-copenhagen.eml", style="thunderbird", frm=("Mads Kjærgaard", "mads.kjaergaard@example.dk"),
  subj="Case study with my name", date="2027-04-06 14:03 +0200",
  body="""Hi 3DPros team,

Last year I agreed that you could publish a short "customer story" about our makerspace's printer farm with my name and photo. I've left the makerspace, so I'd like to withdraw my consent for that. You can keep the story if you anonymise it, just no name or picture of me.

Mads Kjærgaard
Copenhagen
""",
  types=["withdraw_consent"], regimes=["gdpr"], clang="da-DK", notes="Withdrawal of consent for a case study.")

# 31 portability json, Finland
M("en-request-portability-machine-readable.eml", style="gmail", frm=("Aino Lehtinen", "aino.lehtinen@example.fi"),
  subj="Data portability – my uploads and orders", date="2027-02-15 13:37 +0200",
  body="""Hello,

I'm moving our school's print jobs to a local service. Under Article 20 GDPR, please send me the data I provided to you - my uploaded STL/3MF files, the order history and my saved print profiles - in a structured, machine-readable format (CSV or JSON for the data, original files for the models).

Best,
Aino Lehtinen
Tampere, Finland
""",
  types=["portability"], regimes=["gdpr"], notes="Art. 20 portability.")

# 32 portability casual, no law
M("en-request-zip-of-my-files.eml", style="iphone", frm=("Dev Rampersad", "devramp@example.net"),
  subj="getting my stuff out", date="2027-03-21 10:44 -0400",
  body="""yo, can i get all my files + order data from my account in a zip or something so i can take it all to another print shop? i dont want to redownload 60 files one by one lol

Sent from my iPhone""",
  types=["portability"], regimes=[], notes="Portability in casual words.")

# 33 portability Alberta
M("en-request-export-alberta.eml", style="outlook", frm=("Lorna Fitzgerald-Yee", "lfitzgerald.yee@example.ca"),
  subj="Export of my account data", date="2027-04-01 15:20 -0600",
  body="""Good afternoon,

Please export the personal information in my account (profile, addresses, order history, uploaded files) in a commonly used electronic format and send it to me, so I can move it to another provider.

Thank you,
Lorna Fitzgerald-Yee
Calgary, Alberta
""",
  types=["portability"], regimes=["pipeda"], notes="Export for moving provider; Alberta.")

# 34 correction name, Belfast
M("en-request-fix-name-belfast.eml", style="gmail", frm=("Aoibheann Doherty", "aoibheann.doherty@example.co.uk"),
  subj="my name is spelt wrong", date="2027-02-10 12:00 +0000",
  body="""Hiya, my name on my account and on every email you send is "Aiofheann". It's Aoibheann. Could you fix it in your system please? Cheers

Aoibheann
Belfast""",
  types=["correction"], regimes=["uk_gdpr"], notes="Name correction in customer record; Belfast = UK.")

# 35 correction phone + birthday, Manitoba
M("en-request-correct-phone-birthday.eml", style="apple", frm=("Curtis Ballantyne", "curtis.ballantyne@example.ca"),
  subj="Please update my details", date="2027-03-11 08:14 -0600",
  body="""Hi,

Two things in my customer profile are wrong: the phone number ends in 4471, not 4417, and my date of birth is 12 March 1985 (you have 1958, which made me 30 years older on the birthday coupon :) ). Please correct both.

Curtis Ballantyne
Winnipeg, MB
""",
  types=["correction"], regimes=["pipeda"], notes="Correction of phone and birth date in the customer record (not an order).")

# 36 do not sell CCPA
M("en-request-do-not-sell-share.eml", style="gmail", frm=("Gloria Estrada-Whelan", "gloria.ew@example.com"),
  subj="Do Not Sell or Share My Personal Information", date="2027-02-06 09:09 -0800",
  body="""Please treat this email as my request to opt out of the sale and sharing of my personal information under the CCPA. I live in Riverside, CA.

Gloria Estrada-Whelan
""",
  types=["opt_out_sale"], regimes=["ccpa"], notes="CCPA opt-out of sale/sharing.")

# 37 opt out sale plain
M("en-request-dont-pass-my-details-on.eml", style="yahoo", frm=("Bernard Quigley", "bquigley1961@example.com"),
  subj="my details", date="2027-02-19 18:40 -0500",
  body="""Dear Sirs

I do not want my name, address or email passed on or sold to anybody. Not the filament company, not the shipping company's marketing people, nobody. Please make a note of that on my file.

B. Quigley""",
  types=["opt_out_sale"], regimes=[], notes="Don't pass on / sell = opt_out_sale.")

# 38 opt out sale + targeted ads, Virginia
M("en-request-targeted-ads-virginia.eml", style="outlook", frm=("Lamar Pettiford", "lamar.pettiford@example.org"),
  subj="Opt-out: targeted advertising and sale of personal data", date="2027-03-26 11:30 -0400",
  body="""Hello,

I'm a Virginia resident (Norfolk). Under the VCDPA I opt out of (a) the processing of my personal data for targeted advertising and (b) the sale of my personal data.

Lamar Pettiford
""",
  types=["opt_out_sale"], regimes=["va_vcdpa"], notes="Targeted advertising opt-out mapped to opt_out_sale (no separate type).")

# 39 subject-only, empty body
M("en-request-subject-only-unsubscribe.eml", style="plain", frm=("", "k.obradovic@example.net"),
  subj="UNSUBSCRIBE ME FROM ALL YOUR PROMO EMAILS", date="2027-03-06 06:02 -0500", body="",
  types=["opt_out_marketing"], regimes=[], requester=("", "k.obradovic@example.net"),
  notes="Subject only, empty body.")

# 40 request above long quoted order thread, Ontario
M("en-request-above-quoted-refund-thread.eml", style="gmail", frm=("Hyun-woo Castellanos", "hw.castellanos@example.ca"),
  subj="Re: Refund for order 3DP-42877", date="2027-03-09 20:15 -0500",
  body="""Ok thanks for sorting the refund. Since I won't be ordering again, please delete my account and personal data and stop sending me the newsletter.

Hyun-woo (Ottawa)

On Mon, Mar 8, 2027 at 10:02 AM 3DPros Team <3dprosteam@gmail.com> wrote:
> Hi Hyun-woo,
>
> We've issued a full refund of CA$64.20 to your card; it can take 5-10
> business days to show up. Sorry again about the cracked enclosure.
>
> Marco
>
> On Sat, Mar 6, 2027 at 3:40 PM Hyun-woo Castellanos <hw.castellanos@example.ca> wrote:
>> Hi, photos attached. Two of the screw posts snapped off and the lid
>> doesn't close. I'd prefer a refund over a reprint, we needed it for a
>> demo this week and that's passed now.
>>
>> On Fri, Mar 5, 2027 at 9:12 AM 3DPros Team <3dprosteam@gmail.com> wrote:
>>> Hi Hyun-woo, so sorry to hear that! Could you send a couple of
>>> photos of the damage? Then we'll either reprint or refund, your
>>> choice.
>>>
>>> On Thu, Mar 4, 2027 at 7:55 PM Hyun-woo Castellanos wrote:
>>>> My enclosure (order 3DP-42877) arrived cracked. The box looked
>>>> fine, so I think it was printed with a weak infill or cooled
>>>> too fast. What can you do?
>>>>
>>>> Order summary:
>>>> 1x Raspberry Pi 5 enclosure, PETG, grey ... CA$52.00
>>>> Shipping (Canada Post Expedited) ........ CA$12.20
>>>> Total ................................... CA$64.20
""",
  irt="<CAhw2Ff7Qk8r@mail.gmail.com>",
  types=["deletion", "opt_out_marketing"], regimes=["pipeda"],
  notes="New text above a long quoted order/refund thread. Ottawa = Ontario.")

# 41 formal UK SAR quoting orders
M("en-request-sar-formal-uk.eml", style="outlook", frm=("Rosalind Achterberg", "r.achterberg@example.co.uk"),
  subj="Subject Access Request – Rosalind Achterberg", date="2027-02-17 10:45 +0000",
  body="""Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR for all personal data 3DPros LLC holds about me.

To help you find my information:
• Orders: 3DP-38820 (March 2025), 3DP-40156 (November 2025)
• Email used: r.achterberg@example.co.uk
• Delivery address: Flat 2, 14 Example Road, Cambridge

Please also tell me the purposes of processing, the recipients, how long you keep the data and where you got it from if not from me. I expect a reply within one month.

Yours faithfully,
Rosalind Achterberg
""",
  types=["access"], regimes=["uk_gdpr"], notes="Formal SAR, windows-1252 bullets, order numbers.")

# 42 casual access
M("en-request-what-do-u-have-on-me.eml", style="iphone", frm=("Jaylen Brooks", "jaylenbrooks99@example.com"),
  subj="?", date="2027-03-13 01:12 -0500",
  body="""what do u guys actually have on me lol. like everything. can u send it

Sent from my iPhone""",
  types=["access"], regimes=[], notes="Casual access request.")

# 43 several asks in one sentence, California
M("en-request-copy-fix-dont-sell-one-sentence.eml", style="gmail", frm=("Marguerite Olawale", "m.olawale@example.com"),
  subj="three things", date="2027-03-16 16:16 -0700",
  body="""Please send me a copy of the personal information you have about me, correct my last name from "Olawalle" to "Olawale", and do not sell or share any of it, thank you. (Santa Cruz, California)
""",
  types=["access", "correction", "opt_out_sale"], regimes=["ccpa"], notes="Three asks in one sentence.")

# 44 law firm with POA, client in France
M("en-request-lawfirm-poa-france.eml", style="outlook", frm=("Me Caroline Vasseur", "c.vasseur@avocats-vasseur.example"),
  subj="Our client Mr Étienne Roussel – data subject request (GDPR Arts. 15 and 17)", date="2027-03-18 16:02 +0100",
  hmode="B",
  body="""Dear Sir or Madam,

We act for Mr Étienne Roussel, residing in Lille, France, who was your customer between 2024 and 2026 (customer email: etienne.roussel@example.fr). A power of attorney signed by our client is attached.

On his behalf we request:
1. access to all personal data you process about him (Art. 15 GDPR), including the recipients to whom it was disclosed; and
2. thereafter, erasure of that data (Art. 17 GDPR), save for what you are legally obliged to retain.

Please send your reply to this office.

Yours faithfully,
Caroline Vasseur
Avocate au Barreau de Lille
""",
  attach=[("pdf", "Pouvoir_Roussel_signe.pdf", "Power of attorney - Etienne Roussel")],
  types=["access", "deletion"], regimes=["gdpr"],
  requester=("Étienne Roussel", "etienne.roussel@example.fr"), agent_for=("Étienne Roussel", "etienne.roussel@example.fr"),
  agent=("Caroline Vasseur", "c.vasseur@avocats-vasseur.example"),
  notes="Law firm with POA attached; English letter, client in France. B-encoded subject.")

# 45 agent service with proof
M("en-request-agent-scrubtrail-proof.eml", style="plain", frm=("ScrubTrail Privacy Requests", "requests@scrubtrail.example"),
  subj="Deletion and Do-Not-Sell request for Anita Brennagh (ref ST-88120-CA)", date="2027-03-22 03:15 -0700",
  headers=[("X-Mailer", "ScrubTrail Dispatch 4.2")],
  body="""To: 3DPros LLC privacy team

ScrubTrail is an authorized agent acting for the consumer below under the California Consumer Privacy Act (Cal. Civ. Code 1798.135 and 1798.130). A signed authorization from the consumer is attached.

Consumer: Anita Brennagh
Email: anita.brennagh@example.com
Phone: (415) 555-0143
State: California

Requests:
- Delete all personal information you hold about the consumer.
- Opt the consumer out of the sale and sharing of personal information.

Please reply to this email with your confirmation. Reference: ST-88120-CA

ScrubTrail Requests Team
""",
  attach=[("pdf", "ST-88120-CA_authorization.pdf", "Authorized agent designation - Anita Brennagh")],
  types=["deletion", "opt_out_sale"], regimes=["ccpa"],
  requester=("Anita Brennagh", "anita.brennagh@example.com"), agent_for=("Anita Brennagh", "anita.brennagh@example.com"),
  agent=("ScrubTrail Privacy Requests", "requests@scrubtrail.example"), notes="Agent service with signed authorization.")

# 46 agent without proof, Colorado
M("en-request-agent-nullfoot-noproof.eml", style="gmail", frm=("Nullfoot Member Services", "agent@nullfoot.example"),
  subj="Data removal on behalf of our member", date="2027-03-29 06:40 -0600",
  body="""Hello,

We are contacting you on behalf of our member, Travis Heidenreich (travis.heidenreich@example.net, Denver, Colorado), who would like all of his personal data deleted from your systems under the Colorado Privacy Act.

Please confirm once completed.

Nullfoot Member Services
""",
  types=["deletion"], regimes=["co_cpa"],
  requester=("Travis Heidenreich", "travis.heidenreich@example.net"), agent_for=("Travis Heidenreich", "travis.heidenreich@example.net"),
  agent=("Nullfoot Member Services", "agent@nullfoot.example"), notes="Agent service, no proof of authority attached.")

# 47 relay with person in Reply-To/Cc, Sweden
M("en-request-relay-veilmail-sweden.eml", style="gmail", frm=("Linnea Forsberg via Veilmail", "relay@veilmail.example"),
  reply_to=("Linnea Forsberg", "linnea.forsberg@example.se"), cc=("Linnea Forsberg", "linnea.forsberg@example.se"),
  subj="Linnea Forsberg: request to access and delete personal data", date="2027-04-02 12:00 +0200",
  body="""Hi 3DPros,

Linnea Forsberg is using Veilmail to send you this message. Replies go directly to her.

---
Hello! I'd like a copy of all the personal data you have about me, and after that please delete it. I'm in Uppsala, Sweden. I used this email for my orders: linnea.forsberg@example.se.
Thanks / Linnea
---

Veilmail sends requests written by the person and never stores your answer.
""",
  types=["access", "deletion"], regimes=["gdpr"],
  requester=("Linnea Forsberg", "linnea.forsberg@example.se"), agent_for=("Linnea Forsberg", "linnea.forsberg@example.se"),
  agent=("Veilmail", "relay@veilmail.example"), notes="Relay service: person in Reply-To and Cc, labelled as agent.")

# 48 HTML-only, Utah
M("en-request-html-only-erase-utah.eml", style="htmlonly", frm=("Kimberly Sorensen", "kim.sorensen@example.com"),
  subj="Erase my account", date="2027-02-23 21:21 -0700",
  html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please erase my 3DPros account and all of the files I uploaded (mostly classroom rockets for my 4th graders). I'm in <b>Provo, Utah</b>.</p>
<p>Thanks!<br>Kimberly Sorensen<br><span style="color:#888">Sent from Mail for Windows</span></p>
</body></html>
""",
  types=["deletion"], regimes=["ut_ucpa"], notes="HTML-only body.")

# 49 form deletion, Quebec, English
M("en-request-form-delete-quebec.eml", style="form", reply_to=("Mathieu Greenberg", "m.greenberg@example.ca"),
  subj="Privacy request: Delete my data", date="2027-03-14 10:30 -0400",
  body="""Form: Data subject request
Submitted: 2027-03-14 10:29

First name: Mathieu
Last name: Greenberg
Email: m.greenberg@example.ca
Country: Canada
Province: Quebec
Request: Delete my data
Message: Please delete my account, I only ordered once for my son's robotics club.

IP: 203.0.113.54
""",
  types=["deletion"], regimes=["quebec"], form=True, requester=("Mathieu Greenberg", "m.greenberg@example.ca"),
  notes="Web form in English; province Quebec.")

# 50 form HTML table, BC, access + portability
M("en-request-formhtml-access-export-bc.eml", style="formhtml", reply_to=("Simone Achebe-Lund", "simone.achebelund@example.ca"),
  subj="[3DPros] New Privacy Request #1147", date="2027-04-08 13:05 -0700",
  html="""<html><body>
<h2 style="font-family:Arial">New Privacy Request #1147</h2>
<table border="0" cellpadding="6" cellspacing="0" style="font-family:Arial;font-size:13px;border-collapse:collapse">
<tr style="background:#f2f2f2"><td><strong>Name</strong></td><td>Simone Achebe-Lund</td></tr>
<tr><td><strong>Email</strong></td><td>simone.achebelund@example.ca</td></tr>
<tr style="background:#f2f2f2"><td><strong>Country</strong></td><td>Canada</td></tr>
<tr><td><strong>Province</strong></td><td>British Columbia</td></tr>
<tr style="background:#f2f2f2"><td><strong>I would like to</strong></td><td>Get a copy of my data<br>Receive my data in a portable format</td></tr>
<tr><td><strong>Additional details</strong></td><td>Teacher account for Burnaby makerspace club, need my project history for my portfolio.</td></tr>
</table>
<p style="font-size:11px;color:#999">Sent by 3dpros.com forms</p>
</body></html>
""",
  types=["access", "portability"], regimes=["pipeda"], form=True,
  requester=("Simone Achebe-Lund", "simone.achebelund@example.ca"), notes="HTML-table web form.")

# 51 no legal words at all
M("en-request-just-gone.eml", style="gmail", frm=("Cheryl Lindqvist-Moore", "cheryl.lm@example.net"),
  subj="All of it", date="2027-04-12 07:30 -0500",
  body="""I don't want you to have my stuff anymore. My name, my address, the files, the little card bit you kept for next time. Just all of it gone please. I'm done with 3D printing.

Cheryl
""",
  types=["deletion"], regimes=[], notes="No legal words at all.")

# 52 school district IT, access for own record, Saskatchewan
M("en-request-teacher-what-info-saskatchewan.eml", style="outlook", frm=("Dale Kowalchuk", "dkowalchuk@prairiesd.example"),
  subj="What personal info do you have about me?", date="2027-04-14 13:02 -0600",
  body="""Hi there,

I've ordered robotics parts from you for my classroom over the past two years, some on the school card and some on my own. Could you tell me what personal information you have on file about me personally and send me a copy of it?

Thanks,
Dale Kowalchuk
Regina, SK
""",
  types=["access"], regimes=["pipeda"], notes="Teacher asks for his own data.")

# 53 shine the light via form choice
M("en-request-form-shine-the-light.eml", style="form", reply_to=("Vanessa Oyelaran", "vanessa.oyelaran@example.com"),
  subj="New submission: Privacy Request Form", date="2027-04-15 19:40 -0700",
  body="""You have a new submission from the Privacy Request Form on 3dpros.com

Name: Vanessa Oyelaran
Email: vanessa.oyelaran@example.com
State / Province: California
Country: United States
Request type: California "Shine the Light" disclosure
Account email: vanessa.oyelaran@example.com
Details:
I confirm I am the person named above: Yes

--
Sent from 3dpros.com
""",
  types=["shine_the_light"], regimes=["ccpa", "ca_shine_the_light"], form=True,
  requester=("Vanessa Oyelaran", "vanessa.oyelaran@example.com"), notes="Form with Shine the Light chosen, empty details.")
