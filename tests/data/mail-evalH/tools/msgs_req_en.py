"""English requests (US states, UK, Ireland, Canada, elsewhere)."""
from kit import M, SHOP, FORMS, fake_pdf, fake_jpeg, fake_stl, form_lines, form_table

R = dict(cat="request", lang="en")

# ------------------------------------------------------------------ United States

M("en-request-ca-delete-and-dont-sell", **R, types=["deletion", "opt_out_sale"], regimes=["ccpa"],
  style="gmail", frm=("Marisol Ortega", "marisol.ortega@example.com"), date="2026-11-02 10:14 -0800",
  subj="Request to delete my personal information",
  body="""
Hello,

I am a California resident and under the CCPA I'm asking you to delete all personal information you hold about me, and until that is done, not to sell or share it with anyone.

I ordered a couple of cosplay pieces from you last year using this email address.

Thanks,
Marisol Ortega
San Jose, CA
""", notes="Two rights named in plain terms; California in text and signature.")

M("en-request-va-access-vcdpa", **R, types=["access"], regimes=["va_vcdpa"],
  style="outlook", frm=("Douglas Pruitt", "dpruitt@example.net"), date="2026-11-03 08:41 -0500",
  subj="Consumer request under the Virginia Consumer Data Protection Act",
  body="""
To whom it may concern,

Pursuant to the Virginia Consumer Data Protection Act, I request that 3DPros LLC confirm whether it is processing my personal data and provide me with access to that data, including a copy in a portable format if you keep one.

I reside in Richmond, Virginia. My account email is the one I’m writing from.

Regards,
Douglas Pruitt
""", notes="VCDPA named; 'copy in a portable format if you keep one' read as part of the access request, not a separate portability ask.")

M("en-request-co-optout-targeted", **R, types=["opt_out_sale"], regimes=["co_cpa"],
  style="apple", frm=("Kendra Lindqvist", "kendra.l@example.org"), date="2026-11-04 19:02 -0700",
  subj="Opt out - Colorado",
  body="""
Hi there,

I'm in Boulder, Colorado. Please opt me out of any sale of my personal data and of targeted advertising based on it. I use Global Privacy Control in my browser but I'm not sure your site honors it, so I'm sending this too.

Kendra
""", notes="Targeted-advertising opt-out has no own type; filed as opt_out_sale.")

M("en-request-ut-oneliner", **R, types=["deletion"], regimes=["ut_ucpa"],
  style="iphone", frm=("Tanner Hollis", "tannerh@example.net"), date="2026-11-06 07:55 -0700",
  subj="delete",
  body="""
Utah resident. Delete everything you have on me pls

Sent from my iPhone
""", notes="Terse one-liner.")

M("en-request-tx-formal-orders", **R, types=["access", "portability"], regimes=["tx_tdpsa"],
  style="outlook", frm=("Reginald Amadi", "reginald.amadi@example.com"), date="2026-11-06 15:10 -0600",
  subj="Formal request - Texas Data Privacy and Security Act - Orders 3DP-20417, 3DP-20588",
  body="""
3DPros LLC
2307 Hayfield Square
Pflugerville, TX 78660

Re: Request under the Texas Data Privacy and Security Act

Dear Sir or Madam,

I placed orders 3DP-20417 (March 2026) and 3DP-20588 (May 2026) with your company. Under the Texas Data Privacy and Security Act I hereby request:

1. confirmation whether you process my personal data, and access to that data; and
2. a copy of the personal data I provided to you, in a portable and readily usable format, so I can transmit it to another controller.

Please send the response to this email address. I can verify my identity with the billing ZIP code on those orders if needed.

Sincerely,
Reginald Amadi
Round Rock, Texas
""", notes="Formal letter with order numbers.")

M("en-request-or-sensitive-scan", **R, types=["limit_sensitive"], regimes=["or_ocpa"],
  style="tb", frm=("Juniper Okafor", "juniper@okafor.example"), date="2026-11-09 11:36 -0800",
  subj="About the residual limb scan I sent you",
  body="""
Hello,

In October I sent you a 3D scan of my residual limb so you could print a prosthetic socket liner mold. That scan and the notes about my amputation are health information. I'm in Portland, Oregon, and under Oregon's consumer privacy law I'm asking you to use that information only to fill my order and for nothing else -- no marketing, no "case studies", no training anything on it.

Juniper Okafor
""", notes="Restricting use of health data to what is needed: limit_sensitive. Oregon named -> or_ocpa.")

M("en-request-ny-remove-me", **R, types=["deletion", "opt_out_marketing"], regimes=[],
  style="gmail", frm=("Priya Raman", "priya.raman@example.com"), date="2026-11-09 21:48 -0500",
  subj="remove me",
  body="""
Hi, can you please remove me from your systems entirely and take me off the email list? I only bought one thing in 2024 and I keep getting promos.

Thanks
Priya (Brooklyn, NY)
""", notes="New York has no regime in the vocabulary.")

M("en-request-fl-angry-long", **R, types=["complaint", "deletion", "opt_out_marketing", "opt_out_sale"], regimes=[],
  style="outlook", frm=("Gary Wendt", "gwendt@example.net"), date="2026-11-10 06:12 -0500",
  subj="STOP. I did not sign up for this",
  body="""
I have no idea how you people got my email but I am sick of it.

I bought ONE filament sample pack from you at a trade show booth in Orlando two years ago. I never created an account, I never checked a box, and since then I have received I don’t know how many “Black Friday” and “New materials!” emails from you. Three this week. THREE. And now I’m getting spam from some outfit called PrintMatch that knows I “recently purchased 3D printing services” – which means somebody passed my address on, and I can only think of one candidate.

Your unsubscribe link takes me to a page that says “preferences saved” and then nothing changes.

So here it is in writing:
- stop emailing me, permanently
- delete my name, email and whatever else you scraped off that booth form
- do not give or sell my info to anyone else
- and tell me who you gave it to

I am in Florida and I will be filing a complaint with the state attorney general if this keeps happening. This is not how a business should treat people.

Gary Wendt
Sarasota, FL
""", notes="Long angry letter. Complaint about handling (unconsented mail, suspected sharing) plus renewed demands. 'Tell me who you gave it to' read as part of the complaint rather than a separate access request; Florida has no regime.")

M("en-request-wa-face-scan", **R, types=["limit_sensitive", "deletion"], regimes=[],
  style="apple", frm=("Hana Whitfield", "hana.whitfield@example.org"), date="2026-11-11 16:20 -0800",
  subj="my face scan",
  body="""
Hey 3DPros team,

For the custom mask last month I sent you a photogrammetry scan of my face. Mask is great, thanks! But I'd really rather that scan not stick around. Please only use it for the reprint I asked about, and once that ships, delete it.

Hana
Seattle, WA
""", notes="Restricting use of biometric-ish face scan then erasure. Washington is not in the regime vocabulary.")

M("en-request-ca-shine-1798-83", **R, types=["shine_the_light"], regimes=["ccpa", "ca_shine_the_light"],
  style="gmail", frm=("Theodore Nakamura", "t.nakamura@example.com"), date="2026-11-12 09:03 -0800",
  subj="California Civil Code 1798.83 request",
  body="""
Dear 3DPros,

I am a California resident. Pursuant to California Civil Code Section 1798.83, please tell me which categories of my personal information, if any, you disclosed to third parties for their direct marketing purposes during calendar year 2025, along with the names and addresses of those third parties.

Theodore Nakamura
Fresno, California
""", notes="Shine the Light named by section.")

M("en-request-ca-who-got-my-email", **R, types=["shine_the_light"], regimes=["ccpa"],
  style="iphone", frm=("Bree Castellanos", "breecast@example.net"), date="2026-11-13 20:31 -0800",
  subj="who did you share my email with?",
  body="""
Since ordering from you I've been getting ads/emails from two other 3D printing companies. Can you tell me which companies you gave my info to for their marketing last year? I live in Sacramento.

Sent from my iPhone
""", notes="Shine-the-Light question in plain words from California; law not named so no ca_shine_the_light regime.")

M("en-request-ca-parent-minor-gallery", **R, types=["minor_removal", "deletion"], regimes=["ccpa"],
  style="gmail", frm=("Denise Albright", "denise.albright@example.com"),
  requester=("Mason Albright", "mason.a.prints@example.com"),
  agent=("Denise Albright", "denise.albright@example.com"),
  date="2026-11-14 12:44 -0800",
  subj="My son's posts on your community gallery",
  body="""
Hello,

My son Mason is 15. He made an account on your site (mason.a.prints@example.com) and posted photos of his prints to your community gallery, including one where his face and our street are visible, plus a few comments with his first and last name.

We live in Pasadena, California. As his parent I'm asking you to take down everything he posted publicly and then close the account and delete his information. He agrees with this. Please reply to me rather than to his address.

Denise Albright
""", notes="Parent for a 15-year-old: requester is the teen, agent the parent.")

M("en-request-teen-take-down", **R, types=["minor_removal"], regimes=["ccpa"],
  style="iphone", frm=("Lily V", "lilyvprints@example.net"), date="2026-11-16 22:07 -0800", ios="21G93",
  subj="pls take my stuff off the gallery",
  body="""
hiii so i posted my dragon print + a selfie w it on ur showcase page like a year ago and its kinda cringe now lol. im 16 and i live in cali (LA). can u take the posts down?? my username is lilyv_makes

ty!!

Sent from my iPhone
""", notes="Teen wording; California minor removal.")

M("en-request-oh-parent-son-posts", **R, types=["minor_removal", "deletion"], regimes=[],
  style="plain", frm=("Craig Dembinski", "cdembinski@example.net"), date="2026-11-18 18:55 -0500",
  requester=("Owen Dembinski", ""), agent=("Craig Dembinski", "cdembinski@example.net"),
  subj="Remove posts made by my 13 year old",
  headers=["X-Mailer: YahooMailAndroidMobile"],
  body="""
Hi, my 13 year old son Owen put up pictures and comments on your website's maker showcase using my email address without asking. Some of the pictures show his school shirt. Please remove all of his posts and anything else you have about him. We are in Columbus, Ohio.

Craig Dembinski
""", notes="Parent for a 13-year-old outside California; minor_removal by substance, no regime (Ohio).")

M("en-request-webform-ca-minor", **R, types=["minor_removal"], regimes=["ccpa"], form=True,
  style="form", frm=("3DPros LLC", FORMS), reply_to=("Jaden Morales", "jadenmorales09@example.com"),
  requester=("Jaden Morales", "jadenmorales09@example.com"),
  date="2026-11-19 15:12 -0800", subj="New Entry: Privacy Request Form",
  headers=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
  body=form_lines([
      ("Name", "Jaden Morales"),
      ("Email", "jadenmorales09@example.com"),
      ("State / Country", "California"),
      ("Request type", "Other"),
      ("Are you under 18?", "Yes"),
      ("Details", "I am 17. Please remove the project post and comments I made on the showcase page under the name jmo_builds. I live in California."),
      ("I confirm the information above is accurate", "Checked"),
  ]), notes="WPForms label/value lines; 'Other' chosen, content is a minor's removal request.")

M("en-request-ca-limit-sensitive", **R, types=["limit_sensitive"], regimes=["ccpa"],
  style="gmail", frm=("Oluwaseun Bakare", "seun.bakare@example.com"), date="2026-11-20 10:25 -0800",
  subj="Limit the Use of My Sensitive Personal Information",
  body="""
Hi,

California resident here (Oakland). Under the CPRA I'd like to exercise my right to limit your use and disclosure of my sensitive personal information -- in particular my precise geolocation and the account login details -- to what is necessary to provide the services I request.

Thank you,
Oluwaseun Bakare
""", notes="Right to limit named.")

M("en-request-ct-geolocation", **R, types=["limit_sensitive", "opt_out_sale"], regimes=["ct_ctdpa"],
  style="tb", frm=("Rosalind Mercer", "rmercer@mercer-design.example"), date="2026-11-23 09:49 -0500",
  subj="Location data",
  body="""
Hello,

Your privacy notice says you collect precise location data from devices. I did not knowingly agree to that. I live in Stamford, Connecticut, and I don't consent to you processing my precise geolocation at all. Please also make sure none of my data is sold.

Rosalind Mercer
Mercer Design Studio
""", notes="Refusing processing of precise geolocation (sensitive data under CTDPA) mapped to limit_sensitive; plus sale opt-out.")

M("en-request-il-several-asks", **R, types=["access", "portability", "correction", "opt_out_marketing"], regimes=[],
  style="gmail", frm=("Marcus Feldman-Oyelaran", "marcus.fo@example.com"), date="2026-11-24 14:02 -0600",
  subj="a few things",
  body="""
Could you send me a copy of everything you have on me as a CSV or JSON, change the name on my account to Marcus Feldman-Oyelaran (it still has just Feldman), and stop sending me the promo emails?

Thanks - Marcus, Chicago
""", notes="Several asks in one sentence; Illinois has no regime.")

M("en-request-no-legal-words", **R, types=["access", "opt_out_marketing"], regimes=[],
  style="iphone", frm=("Deb Harkness", "debharkness@example.net"), date="2026-11-25 08:14 -0700",
  subj="question",
  body="""
What exactly do you guys have saved about me? I ordered some lithophanes of my grandkids a while ago. And I don't want to be on any of your lists anymore, thank you.

Deb

Sent from my iPhone
""", notes="No legal words; lithophanes of grandkids is context. Mountain time zone but no state named.")

# ---- appeals
M("en-request-va-appeal", **R, types=["appeal"], regimes=["va_vcdpa"],
  style="outlook", frm=("Sheila Brandt", "sheila.brandt@example.org"), date="2026-11-26 11:00 -0500",
  subj="Appeal of your decision on my deletion request",
  body="""
Dear 3DPros LLC,

On November 12 you told me you would not delete my order history because of “legal retention obligations”, and that you had deleted only my marketing profile. I do not accept that explanation for my uploaded design files and the messages I sent through your site, which have nothing to do with tax records.

I am a Virginia resident and I am appealing that decision under the Virginia Consumer Data Protection Act. Please reconsider and tell me in writing what you decide and why.

Sheila Brandt
Arlington, VA
""", notes="Appeal of a (not included) refusal; no renewed separate demand beyond reconsideration.")

M("en-request-co-appeal-short", **R, types=["appeal"], regimes=["co_cpa"],
  style="gmail", frm=("Felipe Arroyo", "felipe.arroyo@example.com"), date="2026-12-01 17:40 -0700",
  subj="Appealing your response",
  body="""
Hi,

You said you couldn't verify me and closed my access request. I sent the last four digits of the card and the order number, which is more than you had. I'm appealing that under the Colorado Privacy Act. I live in Fort Collins.

Felipe
""", notes="Appeal of a refused access request.")

M("en-request-ct-appeal-complaint", **R, types=["appeal", "complaint"], regimes=["ct_ctdpa"],
  style="apple", frm=("Naomi Gershwin", "naomi.g@example.net"), date="2026-12-02 13:15 -0500",
  subj="Re-evaluate my request please",
  body="""
Hello,

Frankly I'm annoyed. I asked you to stop selling my data in October and your reply was a one-line "we don't sell data" with no explanation of the "marketing partners" your checkout page mentions. That's not an answer.

Please treat this as my formal appeal under Connecticut law and give me a real decision. I also want it on record that it took you five weeks to answer at all.

Naomi Gershwin
Hartford, CT
""", notes="Appeal plus complaint about how the earlier request was handled.")

M("en-request-tx-appeal", **R, types=["appeal"], regimes=["tx_tdpsa"],
  style="plain", frm=("Billy Ray Tolliver", "brtolliver@example.com"), date="2026-12-03 09:22 -0600",
  headers=["X-Mailer: WebService/1.1.22645 YMailNorrin"],
  subj="appeal - denial of request",
  body="""
Good morning. Got your letter saying you declined my correction request on the business name tied to my account. I'm appealing that decision as the Texas privacy law lets me. The name on the account is my name and my DBA and both are right on my drivers license and assumed name certificate, which I can send.

Billy Ray Tolliver
Lubbock TX
""", notes="Appeal; the earlier correction is not renewed as a fresh ask.")

M("en-request-complaint-invoice-to-stranger", **R, types=["complaint"], regimes=[],
  style="gmail", frm=("Yvonne Castellano", "yvonne.castellano@example.com"), date="2026-12-04 10:50 -0500",
  subj="You sent my invoice to someone else",
  body="""
Hi,

A man I don't know just emailed me to say he received an invoice from you with MY name, home address and phone number on it, for order 3DP-21190. He was kind enough to let me know. That is really not okay. How did that happen, and what are you doing so it doesn't happen again? I'd like an explanation.

Yvonne Castellano
Pittsburgh
""", notes="Complaint about mishandled personal data; no other type asked.")

M("en-request-ca-complaint-ignored", **R, types=["complaint", "deletion"], regimes=["ccpa"],
  style="outlook", frm=("Harold Jennings", "hjennings@example.net"), date="2026-12-07 12:30 -0800",
  subj="Second time asking - CCPA deletion ignored",
  body="""
I emailed you on October 20 asking you to delete my data under the CCPA. 45 days later I have heard nothing at all, not even an acknowledgement, and I’m still getting your newsletter. That is unacceptable and frankly a violation of the law.

I am repeating my request: delete all personal information you have about me.

Harold Jennings
San Diego, CA
""", notes="New message (not in a thread): complaint about an ignored request plus the renewed deletion demand.")

M("en-request-mi-restriction-chargeback", **R, types=["restriction"], regimes=[],
  style="tb", frm=("Lena Moreau", "lena.moreau@example.org"), date="2026-12-08 15:05 -0500",
  subj="Do not delete my records yet",
  body="""
Hello,

I'm in a dispute with my card issuer over order 3DP-21034. Please do not delete or change anything about my account or that order for now, and don't use my details for anything other than keeping them stored -- I may need them for the dispute. I'll tell you when it's settled.

Lena Moreau
Ann Arbor, Michigan
""", notes="Restriction in plain words (keep but do not use). Michigan: no regime.")

M("en-request-nj-object-analytics", **R, types=["objection"], regimes=[],
  style="gmail", frm=("Arjun Mehta", "arjun.mehta@example.com"), date="2026-12-09 19:44 -0500",
  subj="tracking",
  body="""
Hello,

I object to you using my browsing on your site, my location and my order history to build any kind of profile about me for analytics or "improving services". I'm fine with you using my info to ship orders. Please stop the rest.

Arjun Mehta
Jersey City, NJ
""", notes="Objection to profiling/analytics; New Jersey has no regime.")

M("en-request-pa-withdraw-photo-consent", **R, types=["withdraw_consent"], regimes=[],
  style="gmail", frm=("Imani Brooks", "imani.brooks@example.com"), date="2026-12-11 13:58 -0500",
  subj="Please don't use my photo anymore",
  body="""
Hi!

Last spring I said yes when you asked to use a photo of me holding my printed bust for your Instagram and website. I've changed my mind and I withdraw that permission -- please take it down wherever you used it.

Thanks for understanding,
Imani
Philadelphia
""", notes="Withdrawal of consent to use a photo.")

M("en-request-mn-subject-only-delete", **R, types=["deletion"], regimes=[],
  style="gmail", frm=("Erik Solberg", "erik.solberg@example.com"), date="2026-12-15 07:02 -0600",
  subj="Please delete my account and all my data", body="\n", html='<div dir="ltr"><br></div>\n',
  notes="Subject-only request, empty body.")

M("en-request-subject-only-do-not-sell", **R, types=["opt_out_sale"], regimes=[],
  style="iphone", frm=("Camille Dorsey", "camille.dorsey@example.org"), date="2026-12-16 21:40 -0500",
  subj="Do Not Sell or Share My Personal Information", body="\n",
  notes="Subject-only, empty body; no state named.")

M("en-request-ps-stop-promos", **R, types=["opt_out_marketing"], regimes=[],
  style="gmail", frm=("Wes Kaminski", "wes.kaminski@example.com"), date="2026-12-17 10:05 -0600",
  subj="Quote for 40 nylon brackets",
  attach=[("bracket_v3.stl", "model/stl", fake_stl("bracket_v3"))],
  body="""
Hi team,

Attached is the updated bracket (v3). Could you quote 40 pcs in PA12, natural, no post-processing? Same as the last batch basically but the slot is 2 mm wider. Need them by Jan 15 if possible.

Thanks,
Wes Kaminski
Kaminski Fabrication, Milwaukee WI

P.S. Could you take my personal email (this one) off the newsletter? I only want quotes and order mail here.
""", notes="Request in a P.S. under an unrelated quote request with STL.")

M("en-request-above-quoted-thread", **R, types=["deletion"], regimes=[],
  style="gmail", frm=("Nora Fitzgerald", "nora.fitz@example.com"), date="2026-12-18 16:22 -0500",
  subj="Re: Your order 3DP-20977 has shipped",
  body="""
After this mess I'm done. Please close my account and delete all the personal info you have on me. Don't reply with a coupon.

Nora

On Tue, Dec 8, 2026 at 9:14 AM 3DPros Team <3dprosteam@gmail.com> wrote:
> Hi Nora,
>
> Sorry again about the delay. The replacement has shipped with USPS,
> tracking 9400 1000 0000 0000 0000 00. It should arrive Friday.
>
> Best,
> 3DPros Team
>
> On Mon, Dec 7, 2026 at 8:01 PM Nora Fitzgerald <nora.fitz@example.com> wrote:
>> It's been three weeks. The first one arrived in pieces. Where is the
>> replacement? Order 3DP-20977.
>>
>> On Wed, Nov 25, 2026 at 10:30 AM 3DPros Team <3dprosteam@gmail.com> wrote:
>>> Hi Nora, thanks for the photos. We'll reprint the planter and send
>>> it out as soon as it's off the printer. No need to return the broken
>>> one.
>>>
>>> On Tue, Nov 24, 2026 at 6:48 PM Nora Fitzgerald <nora.fitz@example.com> wrote:
>>>> My planter arrived cracked in three places, photos attached.
>>>> Order 3DP-20977.
>>>>
>>>> On Fri, Nov 20, 2026 at 2:02 PM 3DPros Team <3dprosteam@gmail.com> wrote:
>>>>> Your order 3DP-20977 has shipped! Track it here:
>>>>> https://www.3dpros.com/orders/3DP-20977
""", notes="Request above a long quoted order thread.")

M("en-request-fwd-etsy-buyer", **R, types=["deletion"], regimes=["co_cpa"],
  style="gmail", frm=("3DPros Team", SHOP), incoming=False,
  requester=("Autumn Reyes", ""), date="2026-12-21 09:30 -0600",
  subj="Fwd: Message from autumnreyes_art about order #3318842207",
  body="""
Got this via our Etsy shop, not sure how we handle it - forwarding to the privacy inbox so it's tracked.

---------- Forwarded message ---------
From: Etsy Conversations <conversations@etsy.example>
Date: Sun, Dec 20, 2026 at 7:48 PM
Subject: Message from autumnreyes_art about order #3318842207
To: <3dprosteam@gmail.com>


autumnreyes_art sent you a message:

"Hi! Love the planter. Unrelated question: I found my name and Denver address in a shipping label photo on your Instagram story. Could you please delete my personal info from your records now that the order is done, and not post labels like that? I'm in Colorado if that matters. Thanks, Autumn Reyes"

Reply on Etsy: https://www.etsy.example/your/conversations/1739920045
""", notes="Staff forward of an Etsy message: the buyer's own text carries a deletion request; requester email unknown. Not filed as complaint: the label photo remark is a side note.")

M("en-request-fwd-instagram-dm", **R, types=["access"], regimes=[],
  style="gmail", frm=("3DPros Team", SHOP), incoming=False,
  requester=("Ty Brennan", ""), date="2026-12-22 12:10 -0600",
  subj="Fwd: Instagram DM from @tybrennan.makes",
  body="""
Pasting an IG DM here so we don't lose it. He doesn't want to email.

---------- Forwarded message ---------
From: 3DPros Team <3dprosteam@gmail.com>
Date: Tue, Dec 22, 2026 at 12:06 PM
Subject: Instagram DM from @tybrennan.makes
To: 3DPros Team <3dprosteam@gmail.com>

@tybrennan.makes (Ty Brennan), Dec 21, 11:52 PM:
yo can u send me whatever info u guys have on me from my orders + the account? just curious whats stored
""", notes="Staff forward of a social-media DM; access request in casual words.")

# ---- lawyers and agents
M("en-request-lawyer-poa-va", **R, types=["access", "deletion"], regimes=["va_vcdpa"],
  style="outlook", frm=("Catherine Whitmore, Esq.", "cwhitmore@whitmore-law.example"),
  requester=("Jonathan Pierce", "jpierce@example.com"), agent=("Whitmore & Lane PLLC", "cwhitmore@whitmore-law.example"),
  date="2026-12-28 10:40 -0500",
  subj="Data request on behalf of Jonathan Pierce - authorization enclosed",
  attach=[("Pierce_Authorization_signed.pdf", "application/pdf",
           fake_pdf("AUTHORIZATION AND POWER OF ATTORNEY", ["I, Jonathan Pierce, authorize Whitmore & Lane PLLC",
                    "to submit privacy requests on my behalf to 3DPros LLC.", "Signed 2026-12-21, Norfolk, Virginia"]))],
  body="""
Dear Privacy Team,

This firm represents Jonathan Pierce (jpierce@example.com) of Norfolk, Virginia. Enclosed is Mr. Pierce’s signed authorization and power of attorney.

On his behalf, and pursuant to Va. Code § 59.1-577, we request that 3DPros LLC (1) provide a copy of all personal data it holds concerning Mr. Pierce, and (2) thereafter delete that personal data, except to the extent retention is required by law.

Please direct all correspondence regarding this request to the undersigned.

Very truly yours,

Catherine Whitmore
Whitmore & Lane PLLC
Norfolk, Virginia
""", notes="Law firm with signed POA (PDF).")

M("en-request-lawyer-no-proof-ca", **R, types=["deletion", "opt_out_sale"], regimes=["ccpa"],
  style="gmail", frm=("Daniel Osei", "dosei@osei-legal.example"),
  requester=("Rebecca Thornton", "rthornton@example.net"), agent=("Daniel Osei", "dosei@osei-legal.example"),
  date="2026-11-27 14:18 -0800",
  subj="Client request - Rebecca Thornton",
  body="""
Counsel,

I act for Rebecca Thornton (rthornton@example.net), a California consumer. My client instructs me to request that 3DPros LLC delete all personal information it has collected about her and refrain from selling or sharing it, per Cal. Civ. Code §§ 1798.105 and 1798.120.

Kindly confirm completion within the statutory period.

Daniel Osei
Attorney at Law
Los Angeles
""", notes="Lawyer without proof of authority.")

M("en-request-agent-scrublane-proof", **R, types=["deletion", "opt_out_sale"], regimes=["ccpa"],
  style="plain", frm=("ScrubLane Privacy Requests", "requests@scrublane.example"),
  requester=("Victor Huang", "victor.huang@example.com"), agent=("ScrubLane Inc.", "requests@scrublane.example"),
  date="2026-11-30 03:12 +0000", cte="7bit", cs="us-ascii",
  headers=["X-Mailer: ScrubLane Dispatch v4.2", "List-Unsubscribe: <mailto:optout@scrublane.example?subject=stop-agent-mail>"],
  attach=[("ScrubLane_Authorization_VH-88213.pdf", "application/pdf",
           fake_pdf("Authorized Agent Designation", ["Consumer: Victor Huang, Irvine, California",
                    "Agent: ScrubLane Inc.", "Signed electronically 2026-11-28, ref VH-88213"]))],
  body="""
To: 3DPros LLC Privacy Team
Re: Consumer Request to Delete and Opt-Out of Sale/Sharing (Ref. VH-88213)

ScrubLane Inc. is the authorized agent of the consumer identified below, acting under California Civil Code Section 1798.135 and Cal. Code Regs. tit. 11, Section 7063. A signed authorization is attached.

Consumer name: Victor Huang
Email: victor.huang@example.com
City/State: Irvine, California

The consumer requests that you:
  [x] Delete all personal information collected from or about the consumer
  [x] Opt the consumer out of the sale and sharing of personal information
  [ ] Provide a copy of personal information

Please send confirmation of completion to requests@scrublane.example, quoting reference VH-88213. Do not contact the consumer directly for marketing purposes.

ScrubLane Inc. | Consumer Privacy Agent | San Francisco, CA
""", notes="Templated agent service with proof (PDF). Unchecked access box not a type.")

M("en-request-agent-vanishly-noproof", **R, types=["deletion"], regimes=["co_cpa"],
  style="html", frm=("Vanishly", "agent@mail.vanishly.example"),
  requester=("Paige Sorensen", "paige.sorensen@example.net"), agent=("Vanishly", "agent@mail.vanishly.example"),
  date="2026-12-01 05:00 +0000",
  html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Data deletion request</title></head>
<body style="margin:0;background:#f4f5f7"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<tr><td style="padding:24px 32px;background:#5b3df5;color:#fff;font-size:18px"><b>Vanishly</b> &middot; Personal data removal</td></tr>
<tr><td style="padding:24px 32px">
<p>Hello 3DPros LLC,</p>
<p>We are contacting you on behalf of our member, <b>Paige Sorensen</b> (paige.sorensen@example.net), a resident of Colorado.</p>
<p>Our member asks that you delete any personal data you hold about them, in accordance with the Colorado Privacy Act.</p>
<p>Please reply to this email once the deletion is complete. If you need anything else from our member, reply here and we will pass it on.</p>
<p style="color:#888;font-size:12px">Vanishly acts as an authorized agent. Request ID: VNS-5520-Q1</p>
</td></tr></table></td></tr></table></body></html>
""", subj="Data deletion request for Paige Sorensen (VNS-5520-Q1)",
  notes="Agent service, HTML-only, no proof of authority attached.")

M("en-request-agent-relay-quietbox", **R, types=["access", "deletion"], regimes=[],
  style="plain", frm=("Quietbox on behalf of Ingrid Halvorsen", "relay-7f3k2@relay.quietbox.example"),
  reply_to=("Ingrid Halvorsen", "ingrid.halvorsen@example.com"), cc=("Ingrid Halvorsen", "ingrid.halvorsen@example.com"),
  requester=("Ingrid Halvorsen", "ingrid.halvorsen@example.com"), agent=("Quietbox", "relay-7f3k2@relay.quietbox.example"),
  date="2026-12-02 18:20 +0000", cte="quoted-printable",
  subj="Ingrid Halvorsen: what data do you have, and please delete it",
  body="""
Hi 3DPros,

I'd like to know what personal data you have about me, and after you've told me, please delete it.

Ingrid Halvorsen
ingrid.halvorsen@example.com

--
Sent via Quietbox, which helps people find and remove their data. Replies go directly to Ingrid (Reply-To). Quietbox does not store your response.
""", notes="Relay service: service sends, person in Reply-To/Cc; labelled as agent. No location.")

M("en-request-agent-ct-html-template", **R, types=["deletion", "opt_out_sale", "opt_out_marketing"], regimes=["ct_ctdpa"],
  style="form-html", frm=("Privora Agent Desk", "desk@privora.example"),
  requester=("Luis Carrasco", "lcarrasco@example.org"), agent=("Privora", "desk@privora.example"),
  date="2026-12-05 14:00 +0000",
  subj="[Privora] Authorized agent request - Luis Carrasco - CT",
  body="""Authorized agent request

Consumer: Luis Carrasco (lcarrasco@example.org), Bridgeport, Connecticut
Requests: Delete personal data; Opt out of sale; Stop marketing communications
Authorization: signed permission on file, available on request
Reference: PRV-CT-30917
""",
  html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#0a6">Authorized agent request</h2>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td><b>Consumer</b></td><td>Luis Carrasco (lcarrasco@example.org), Bridgeport, Connecticut</td></tr>
<tr><td><b>Requests</b></td><td>Delete personal data<br>Opt out of sale<br>Stop marketing communications</td></tr>
<tr><td><b>Authorization</b></td><td>signed permission on file, available on request</td></tr>
<tr><td><b>Reference</b></td><td>PRV-CT-30917</td></tr>
</table>
<p style="font-size:11px;color:#777">Privora submits privacy requests on behalf of consumers under the Connecticut Data Privacy Act.</p>
</body></html>
""", notes="Agent service template; authorization claimed 'on file', not attached.")

M("en-request-agent-tx-optout", **R, types=["opt_out_sale"], regimes=["tx_tdpsa"],
  style="plain", frm=("OptGuard Requests", "noreply-requests@optguard.example"),
  reply_to=("OptGuard Support", "cases@optguard.example"),
  requester=("Savannah Pickett", "spickett@example.com"), agent=("OptGuard", "cases@optguard.example"),
  date="2026-12-09 06:45 +0000", cte="7bit", cs="us-ascii",
  attach=[("authorization_SP.pdf", "application/pdf", fake_pdf("Consumer authorization", ["Savannah Pickett, Austin, Texas", "authorizes OptGuard to opt out of the sale of personal data"]))],
  subj="Opt-out of sale of personal data - Savannah Pickett",
  body="""
Dear Sir/Madam,

OptGuard submits this request as authorized agent for Savannah Pickett (spickett@example.com; Austin, Texas), under the Texas Data Privacy and Security Act.

Request: opt out of the sale of personal data, and of processing for targeted advertising.

The consumer's signed authorization is attached. Reply to cases@optguard.example with case number OG-TX-6610.

OptGuard Consumer Services
""", notes="Agent service with authorization; targeted-ads part folded into opt_out_sale.")

# ---- web forms
M("en-request-webform-ca-delete", **R, types=["deletion"], regimes=["ccpa"], form=True,
  style="form", frm=("3DPros LLC", FORMS), reply_to=("Grace Liu", "grace.liu@example.com"),
  requester=("Grace Liu", "grace.liu@example.com"),
  date="2026-11-08 22:41 -0800", subj="New Entry: Privacy Request Form",
  headers=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
  body=form_lines([
      ("Name", "Grace Liu"), ("Email", "grace.liu@example.com"), ("State / Country", "California"),
      ("Request type", "Delete my personal information"), ("Are you under 18?", "No"),
      ("Details", ""), ("I confirm the information above is accurate", "Checked"),
  ]), notes="WPForms label/value, empty details.")

M("en-request-webform-va-access-table", **R, types=["access"], regimes=["va_vcdpa"], form=True,
  style="form-html", frm=("3DPros Website", FORMS), reply_to=("Harold Beaumont", "hbeaumont@example.net"),
  requester=("Harold Beaumont", "hbeaumont@example.net"),
  date="2026-11-17 07:33 -0600", subj="Privacy Request from Harold Beaumont", body="",
  html=form_table([("Full name", "Harold Beaumont"), ("Email address", "hbeaumont@example.net"),
                   ("Where do you live?", "Virginia, United States"),
                   ("What would you like us to do?", "Tell me what personal information you have about me (access / right to know)"),
                   ("Order number (optional)", "3DP-19876"), ("Message", "")], "Privacy Request"),
  notes="HTML-table-only form notification.")

M("en-request-webform-tx-cf7", **R, types=["opt_out_sale", "opt_out_marketing"], regimes=["tx_tdpsa"], form=True,
  style="form", frm=("WordPress", FORMS), reply_to=("Dale Whitaker", "dale.whitaker@example.com"),
  requester=("Dale Whitaker", "dale.whitaker@example.com"),
  date="2026-11-21 13:19 -0600", subj="3DPros \"Privacy request\"",
  headers=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
  body="""From: Dale Whitaker <dale.whitaker@example.com>
Subject: Privacy request

State: Texas
Request: Opt out of sale / sharing; Unsubscribe from marketing emails

Message Body:
Please do both. I'm in El Paso.

-- 
This e-mail was sent from a contact form on 3DPros (https://www.3dpros.com)
""", notes="Contact Form 7 style, two checkboxes.")

M("en-request-webform-or-correction", **R, types=["correction"], regimes=["or_ocpa"], form=True,
  style="form", frm=("3DPros LLC", FORMS), reply_to=("Quinn Adebayo", "quinn.adebayo@example.org"),
  requester=("Quinn Adebayo", "quinn.adebayo@example.org"),
  date="2026-12-06 10:02 -0800", subj="New Entry: Privacy Request Form",
  headers=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
  body=form_lines([
      ("Name", "Quinn Adebayo"), ("Email", "quinn.adebayo@example.org"), ("State / Country", "Oregon"),
      ("Request type", "Correct my personal information"), ("Are you under 18?", "No"),
      ("Details", "My account still shows my deadname (Quentin). Please change it to Quinn everywhere, including the order history display."),
      ("I confirm the information above is accurate", "Checked"),
  ]), notes="Form; correction of name.")

M("en-request-webform-ca-shine", **R, types=["shine_the_light"], regimes=["ccpa", "ca_shine_the_light"], form=True,
  style="form-html", frm=("3DPros Website", FORMS), reply_to=("Lorena Villaseñor", "lorena.v@example.com"),
  requester=("Lorena Villaseñor", "lorena.v@example.com"),
  date="2026-12-12 17:45 -0800", subj="Privacy Request from Lorena Villaseñor", hmode="Q",
  body="""Privacy Request

Full name: Lorena Villaseñor
Email address: lorena.v@example.com
Where do you live?: California, United States
What would you like us to do?: Shine the Light - tell me who you shared my info with for direct marketing
Order number (optional):
Message: For calendar year 2025 please.
""",
  html=form_table([("Full name", "Lorena Villaseñor"), ("Email address", "lorena.v@example.com"),
                   ("Where do you live?", "California, United States"),
                   ("What would you like us to do?", "Shine the Light - tell me who you shared my info with for direct marketing"),
                   ("Order number (optional)", ""), ("Message", "For calendar year 2025 please.")], "Privacy Request"),
  notes="Form: Shine the Light option chosen; subject with Q-encoded name.")

M("en-request-ca-shine-outlook", **R, types=["shine_the_light", "opt_out_marketing"], regimes=["ccpa", "ca_shine_the_light"],
  style="outlook", frm=("Beatriz Coelho-Marsh", "bcoelhomarsh@example.net"), date="2026-12-29 09:17 -0800",
  subj="Shine the Light request + unsubscribe",
  body="""
Hello,

Under California’s “Shine the Light” law, please send me the list of third parties you shared my personal information with for their own direct marketing during 2025, and what kind of information it was.

Separately, unsubscribe me from your promotional emails.

Beatriz Coelho-Marsh
Long Beach, CA
""", notes="Shine the Light named plus marketing opt-out.")

# ------------------------------------------------------------------ UK, Ireland, Canada, elsewhere

M("en-request-uk-sar-manchester", **R, types=["access"], regimes=["uk_gdpr"],
  style="outlook", frm=("Rhys Pemberton", "rhys.pemberton@example.co.uk"), date="2026-11-10 14:20 +0000",
  acc_lang="en-GB",
  subj="Subject Access Request",
  body="""
Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR and the Data Protection Act 2018.

Please provide me with a copy of all personal data you hold about me, together with the purposes of processing, the recipients, the retention period and the source of the data where it was not collected from me. I have been a customer since 2023 (orders placed under this email address).

I look forward to your response within one calendar month.

Yours faithfully,
Rhys Pemberton
Salford, Greater Manchester
""", notes="Classic UK SAR.")

M("en-request-uk-object-profiling", **R, types=["objection"], regimes=["uk_gdpr"],
  style="tb", frm=("Eleanor Ashdown", "eleanor.ashdown@example.co.uk"), date="2026-11-16 09:10 +0000", acc_lang="en-GB",
  subj="Objection to processing",
  body="""
Hello,

I object, under Article 21(1) UK GDPR, to your processing of my personal data on the basis of legitimate interests, specifically the analytics and "internal research" uses listed in your privacy notice. I don't consider your interests to override mine here: I'm a one-off customer.

Regards,
Eleanor Ashdown
Bristol
""", notes="Art. 21(1) objection -> objection.")

M("en-request-uk-restrict-pending-correction", **R, types=["restriction", "correction"], regimes=["uk_gdpr"],
  style="apple", frm=("Callum MacLeod", "callum.macleod@example.co.uk"), date="2026-11-23 18:02 +0000",
  subj="Wrong date of birth on my account",
  body="""
Hi,

Your records show my date of birth as 03/07/1989 -- it should be 07/03/1989 (7 March), looks like someone flipped it to US format. Please correct it. Until you've fixed it, please don't use or share that date for anything, including the age check on your resin orders.

Cheers,
Callum MacLeod
Edinburgh
""", notes="Correction plus restriction while accuracy is contested; Scotland -> uk_gdpr.")

M("en-request-on-pipeda-access-withdraw", **R, types=["access", "withdraw_consent"], regimes=["pipeda"],
  style="gmail", frm=("Aaron Tremblay-Singh", "aaron.ts@example.ca"), date="2026-12-03 11:48 -0500",
  subj="PIPEDA access request and consent",
  body="""
Hello,

Under PIPEDA I'm requesting access to the personal information 3DPros holds about me and an account of how it has been used and to whom it has been disclosed.

I also withdraw my consent to any use of my information beyond completing orders I actually place.

Aaron Tremblay-Singh
Toronto, Ontario
""", notes="Ontario -> pipeda.")

M("en-request-au-correct-email", **R, types=["correction"], regimes=[],
  style="gmail", frm=("Jack Pilkington", "jack.pilkington@example.com.au"), date="2026-12-14 08:40 +1100",
  subj="Old email address on file",
  body="""
G'day,

I've stopped using jackp@bigpond.example. Can you replace it with this address (jack.pilkington@example.com.au) in my customer record and get rid of the old one? Your order emails still go to the old one.

Cheers,
Jack
Brisbane, QLD
""", notes="Correction of contact details in the customer record; Australia gives no regime.")

