"""English requests (hand-written)."""
from spec import M, L
from kit import fake_pdf, fake_jpeg, fake_stl

M("en-request-iphone-delete-everything.eml", "iphone", ("Tanner Holt", "tholt88@example.com"),
  "Account", "2027-11-02 21:47:00 CST",
  "Please delete my account and everything you've got on me. Thanks\n\nSent from my iPhone",
  L=L(["deletion"], [], req=("Tanner Holt", "tholt88@example.com"), notes="terse one-liner, no law, no place"))

M("en-request-ccpa-know-delete-dontsell.eml", "gmail", ("Marisol Ocampo", "marisol.ocampo@example.net"),
  "CCPA request - Marisol Ocampo", "2027-11-03 10:12:00 PST",
  """Hello 3DPros,

I live in San Diego, California and bought a set of custom ornaments from you last December (order 3DP-26-11873). Under the CCPA I'd like you to tell me what personal information you have collected about me, then delete it, and in the meantime do not sell or share any of it with anyone.

You can reach me at this address.

Marisol Ocampo
San Diego, CA""",
  L=L(["access", "deletion", "opt_out_sale"], ["ccpa"], req=("Marisol Ocampo", "marisol.ocampo@example.net"),
      notes="three asks in one sentence"))

M("en-request-texas-formal-access-portability.eml", "outlook", ("Dwayne Pruitt", "dpruitt@pruittfarmsupply.example"),
  "Request for copy of personal data - Orders 3DP-27-04410 and 3DP-27-05127", "2027-11-04 08:31:00 CST",
  """To: 3DPros LLC, 2307 Hayfield Square, Pflugerville, TX 78660

Re: Consumer request under the Texas Data Privacy and Security Act

Dear Sir or Madam,

I am a Texas resident and placed orders 3DP-27-04410 (replacement gearbox housings) and 3DP-27-05127 (tractor knob set) with your company this year. Pursuant to the Texas Data Privacy and Security Act I request:

1. Confirmation whether you process my personal data, and access to that data;
2. A copy of the personal data I provided to you, in a portable and readily usable format that I can transmit to another business.

Please respond within the 45 days the statute allows. I can confirm my identity with the billing ZIP code and last four digits of the card used on those orders.

Sincerely,

Dwayne Pruitt
Pruitt Farm Supply
Brenham, Texas""",
  L=L(["access", "portability"], ["tx_tdpsa"], req=("Dwayne Pruitt", "dpruitt@pruittfarmsupply.example"),
      notes="formal letter quoting order numbers; writes from a business address but as a consumer"))

M("en-request-virginia-targeted-ads.eml", "gmail", ("Keisha Langford", "keisha.langford@example.org"),
  "Opting out", "2027-11-05 19:05:00 EST",
  """Hi there,

Richmond, Virginia resident here. I'm opting out of the sale of my personal data and of its use for targeted advertising, and please stop the promotional emails too. I keep seeing your miniature ads follow me across every site since I browsed your holiday catalogue.

Keisha""",
  L=L(["opt_out_sale", "opt_out_marketing"], ["va_vcdpa"], req=("Keisha Langford", "keisha.langford@example.org"),
      notes="targeted advertising opt-out filed as opt_out_sale (the VCDPA groups it with sale); promo emails = opt_out_marketing"))

M("en-request-colorado-married-name.eml", "apple", ("Brianna Castellanos", "bri.castellanos@example.com"),
  "Name on my customer profile", "2027-11-06 12:40:00 MST",
  """Hi,

I got married in October and my customer profile with you still says Brianna Whitfield. Could you correct it to Brianna Castellanos? The email address stays the same. My date of birth on the profile is also wrong (it says 1991, it's 1994).

I'm in Fort Collins, Colorado if that matters.

Thanks!
Bri""",
  L=L(["correction"], ["co_cpa"], req=("Brianna Castellanos", "bri.castellanos@example.com"),
      notes="correcting name and birth year in the customer record, not an order field"))

M("en-request-connecticut-limit-health.eml", "outlook", ("Gordon Feeney", "gfeeney@example.net"),
  "Use of my medical details", "2027-11-08 14:02:00 EST",
  """Hello,

Last month I sent you measurements and a note about my arthritis so you could print the enlarged grips for my kitchen utensils (order 3DP-27-06031). That information was for the print job only. Under Connecticut's data privacy act I am asking you to limit the use of that health information to fulfilling the order and not use it for anything else, marketing included.

Regards,
Gordon Feeney
Hartford, CT""",
  L=L(["limit_sensitive"], ["ct_ctdpa"], req=("Gordon Feeney", "gfeeney@example.net"),
      notes="health detail given for a custom print; asks to limit its use"))

M("en-request-uk-sar-formal.eml", "outlook", ("Harriet Ashdown", "h.ashdown@example.co.uk"),
  "Subject Access Request - Harriet Ashdown", "2027-11-09 09:15:00 GMT",
  """Dear Data Protection Officer,

Subject Access Request under Article 15 UK GDPR and the Data Protection Act 2018

I am writing to request a copy of all personal data 3DPros LLC holds about me, together with the supplementary information required by Article 15(1), including the purposes of processing, the recipients, the retention period and the source of any data not collected from me.

For identification: I have been a customer since 2025; most recent order 3DP-27-05598 (Christmas village houses, delivered to Bath). My account email is this address.

I look forward to your response within one calendar month.

Yours faithfully,

Harriet Ashdown
14 Lansdown Crescent
Bath BA1 5EX
United Kingdom""",
  L=L(["access"], ["uk_gdpr"], req=("Harriet Ashdown", "h.ashdown@example.co.uk"), notes="classic formal SAR"))

M("en-request-uk-object-analytics-restrict.eml", "gmail", ("Owen Pritchard", "owen.pritchard@example.co.uk"),
  "Your tracking / profiling", "2027-11-10 17:26:00 GMT",
  """Hello,

I object, under Article 21(1) UK GDPR, to you processing my browsing and purchase history for your "customer insight" analytics on the basis of legitimate interests. My particular situation: I share a household account and the recommendations are revealing gifts I have bought for family.

While you consider the objection please restrict processing of that data (Art. 18(1)(d)).

Owen Pritchard
Cardiff""",
  L=L(["objection", "restriction"], ["uk_gdpr"], req=("Owen Pritchard", "owen.pritchard@example.co.uk"),
      notes="Art. 21(1) objection plus Art. 18 restriction pending it; Cardiff = UK"))

M("en-request-ireland-ps-under-gift-question.eml", "apple", ("Aoife Ní Dhomhnaill", "aoife.nid@example.ie"),
  "Will the dragon arrive before Christmas?", "2027-11-12 20:10:00 GMT",
  """Hi folks,

Quick one - I ordered the articulated dragon in "frost" colour for my nephew (3DP-27-06377). Will it make it to Galway before the 20th? If not I'd rather switch to the smaller one that's in stock.

Thanks a million,
Aoife

P.S. Separate thing: once this order is delivered, please erase my details from your system. I don't plan on making an account and I'd rather you didn't keep my info.""",
  L=L(["deletion"], ["gdpr"], req=("Aoife Ní Dhomhnaill", "aoife.nid@example.ie"),
      notes="erasure in a P.S. under a shipping question; Galway = Ireland = gdpr. RFC 2047 name"))

M("en-request-ontario-pipeda-access-correction.eml", "tb", ("Priya Raghunathan", "priya.r@example.ca"),
  "Personal information request (PIPEDA)", "2027-11-13 11:03:00 EST",
  """Hello,

I'm writing from Mississauga, Ontario. Under PIPEDA I would like access to the personal information your company holds about me, and I'd also ask you to correct my phone number: the one on file (416-555-0143) is an old one, my current number is 647-555-0188.

Thank you,
Priya Raghunathan""",
  L=L(["access", "correction"], ["pipeda"], req=("Priya Raghunathan", "priya.r@example.ca"),
      notes="Thunderbird format=flowed"))

M("en-request-bc-withdraw-consent.eml", "gmail", ("Liam Tremblay", "liam.tremblay@example.ca"),
  "withdrawing consent", "2027-11-14 15:55:00 PST",
  """Hi,

When I ordered last year I ticked the box letting you use my order photos and my first name in your "made for you" customer showcase. I'm withdrawing that consent. Please take the photos of my board-game inserts down and don't use my name.

Liam, Victoria BC""",
  L=L(["withdraw_consent"], ["pipeda"], req=("Liam Tremblay", "liam.tremblay@example.ca"),
      notes="British Columbia -> pipeda per vocabulary (Canada outside Quebec)"))

M("en-request-angry-still-getting-promos.eml", "gmail", ("Rick Santangelo", "ricksantangelo@example.com"),
  "STOP EMAILING ME", "2027-11-27 07:48:00 EST",
  """This is the FOURTH time I am asking. I unsubscribed after Black Friday last year, I unsubscribed again in June, I replied to one of your blasts in September asking to be taken off. And this morning at 6am I get "CYBER WEEKEND - 30% OFF MINIS!!!"

Take me off every mailing list you have. I don't want texts, I don't want emails, I don't want "we miss you" postcards. And frankly the fact you keep ignoring my requests is a problem in itself - you obviously don't respect what your customers tell you about their own information. If it happens again I'm reporting you.

Rick Santangelo""",
  L=L(["opt_out_marketing", "complaint"], [], req=("Rick Santangelo", "ricksantangelo@example.com"),
      notes="angry; complains that earlier opt-outs were ignored -> complaint about handling"))

M("en-request-parent-ca-son-miniatures.eml", "outlook", ("Denise Kowalczyk", "denise.kowalczyk@example.com"),
  "My son's account and photos", "2027-11-16 18:20:00 PST",
  """Hello,

My son Mateo (he's 14) set up an account on your site without asking me and entered a painting contest you ran in October. His photo of his painted orc army is on your contest page with his full name and our town (Fresno).

As his parent I'm asking you to take down that post and his name, and to delete his account and everything in it. His account email is mateo.k.paints@example.com. We are in California.

Denise Kowalczyk""",
  L=L(["minor_removal", "deletion"], ["ccpa"], req=("Mateo Kowalczyk", "mateo.k.paints@example.com"),
      agent=("Denise Kowalczyk", "denise.kowalczyk@example.com"), agent_for=("Mateo Kowalczyk", "mateo.k.paints@example.com"),
      notes="parent for a 14-year-old; requester = the son"))

M("en-request-teen-contest-pic.eml", "iphone", ("jay", "jaydenplays2012@example.com"),
  "contest pic", "2027-11-18 16:31:00 CST",
  """hey so i entered ur painting thing and ur site has my pic AND my real name on it lol. im 15 and my mom says thats not ok. can u take it off pls?? username jaydenplays

thx""",
  L=L(["minor_removal"], [], req=("Jayden", "jaydenplays2012@example.com"),
      notes="teen wording, asks removal of own posted content; no state given"))

M("en-request-lawfirm-poa-colorado.eml", "outlook", ("Miranda Osei, Esq.", "mosei@oseiwhitlock-law.example"),
  "Data Request on behalf of our client Mr. Calvin Reyes", "2027-11-19 13:45:00 MST",
  """Dear 3DPros LLC,

This firm represents Mr. Calvin Reyes of Denver, Colorado (customer email creyes.denver@example.com). Pursuant to the Colorado Privacy Act, and on his behalf, we request that you (1) confirm whether you are processing his personal data and provide access to it, and (2) delete all personal data concerning him following that disclosure.

A signed power of attorney authorising this firm to act for Mr. Reyes in privacy matters is attached, together with a copy of his driver's licence with the number redacted.

Please direct all correspondence to the undersigned.

Respectfully,

Miranda Osei
Osei & Whitlock LLP
1600 Glenarm Place, Denver, CO""",
  atts=[("POA_Reyes_signed.pdf", "application/pdf", fake_pdf("Power of Attorney - Calvin Reyes"))],
  L=L(["access", "deletion"], ["co_cpa"], req=("Calvin Reyes", "creyes.denver@example.com"),
      agent=("Miranda Osei", "mosei@oseiwhitlock-law.example"), agent_for=("Calvin Reyes", "creyes.denver@example.com"),
      notes="law firm with POA attached (PDF)"))

M("en-request-agent-noproof-scrubnest.eml", "plain", ("ScrubNest Privacy Team", "requests@scrubnest.example"),
  "Consumer Privacy Request #SN-2027-884213", "2027-11-20 04:00:00 UTC",
  """ScrubNest is an authorized agent submitting the following request on behalf of a consumer.

Consumer name: Angela Whitcombe
Consumer email: angela.whitcombe@example.org
Consumer state: California
Request: Delete my personal information. Do not sell or share my personal information.
Legal basis: California Consumer Privacy Act, Cal. Civ. Code 1798.105 and 1798.120

Please complete this request within the statutory timeframe and confirm completion by replying to this email. Do not contact the consumer directly.

ScrubNest | Personal data removal on autopilot""",
  L=L(["deletion", "opt_out_sale"], ["ccpa"], req=("Angela Whitcombe", "angela.whitcombe@example.org"),
      agent=("ScrubNest", "requests@scrubnest.example"), agent_for=("Angela Whitcombe", "angela.whitcombe@example.org"),
      notes="agent service, no proof of authority attached"))

M("en-request-relay-veilpost.eml", "plain", ("Nora Bjelland via Veilpost", "relay+x7k2m9@veilpost.example"),
  "Request from Nora Bjelland", "2027-11-21 10:22:00 UTC",
  """Hello,

Nora Bjelland asked us to send you this message. Replies go straight to her.

---
I bought a custom bike-light mount from you in 2026. Please delete my customer account and all data about me. I'm based in Edinburgh.
Nora
---

Veilpost forwards privacy requests on behalf of its users. We do not store the contents of replies.""",
  reply_to="Nora Bjelland <nora.bjelland@example.co.uk>", cc="nora.bjelland@example.co.uk",
  L=L(["deletion"], ["uk_gdpr"], req=("Nora Bjelland", "nora.bjelland@example.co.uk"),
      agent=("Veilpost", "relay+x7k2m9@veilpost.example"), agent_for=("Nora Bjelland", "nora.bjelland@example.co.uk"),
      notes="relay: service sends, person in Reply-To and Cc; Edinburgh = UK"))

M("en-request-form-utah-access.eml", "form", ("3DPros Website", "no-reply@3dpros.com"),
  "New submission: Privacy request form", "2027-11-22 03:14:00 UTC",
  """New form submission on 3dpros.com

Form: Privacy request form
Submitted: 2027-11-22 03:14 UTC

First name: Spencer
Last name: Dalby
Email: spencer.dalby@example.com
State / Province: Utah
Country: United States
I would like to: Receive a copy of my personal data
Details: Orders from 2026 and 2027 please, including the designs I uploaded.

---
Sent by 3dpros.com contact forms""",
  reply_to="spencer.dalby@example.com",
  L=L(["access"], ["ut_ucpa"], req=("Spencer Dalby", "spencer.dalby@example.com"), form=True,
      notes="web-form label/value lines"))

FORM_HTML = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#333">New entry: Do Not Sell or Share form</h2>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>{name}</td></tr>
<tr><td><b>Email</b></td><td>{email}</td></tr>
<tr><td><b>State</b></td><td>{state}</td></tr>
<tr><td><b>Request options</b></td><td>{opts}</td></tr>
<tr><td><b>Comments</b></td><td>{comm}</td></tr>
</table>
<p style="font-size:11px;color:#888">Entry #{entry} &middot; 3dpros.com</p>
</body></html>"""

M("en-request-form-html-dontsell-limit.eml", "form", ("3DPros Website", "no-reply@3dpros.com"),
  "New entry: Do Not Sell or Share form", "2027-11-23 22:41:00 UTC",
  """New entry: Do Not Sell or Share form

Name: Vanessa Huang
Email: v.huang@example.net
State: California
Request options: Do not sell or share my personal information; Limit the use of my sensitive personal information
Comments: Applies to my precise location too, your app asked for it.

Entry #5517""",
  html_body=FORM_HTML.format(name="Vanessa Huang", email="v.huang@example.net", state="California",
      opts="Do not sell or share my personal information<br>Limit the use of my sensitive personal information",
      comm="Applies to my precise location too, your app asked for it.", entry=5517),
  reply_to="v.huang@example.net",
  L=L(["opt_out_sale", "limit_sensitive"], ["ccpa"], req=("Vanessa Huang", "v.huang@example.net"), form=True,
      notes="HTML table form with two options ticked"))

M("en-request-form-shine-the-light.eml", "form", ("3DPros Website", "no-reply@3dpros.com"),
  "New entry: Do Not Sell or Share form", "2027-12-01 16:09:00 UTC", "",
  html_body=FORM_HTML.format(name="Gabriel Ferreira-Mott", email="gfmott@example.com", state="California",
      opts="Other (describe below)",
      comm="Please tell me which companies you gave my info to for their own direct marketing in the last year, as California law lets me ask once a year.", entry=5602),
  reply_to="gfmott@example.com",
  L=L(["shine_the_light"], ["ccpa", "ca_shine_the_light"], req=("Gabriel Ferreira-Mott", "gfmott@example.com"), form=True,
      notes="HTML-only form notification; describes Shine the Light without naming it"))

M("en-request-shine-the-light-1798-83.eml", "outlook", ("Elaine Marchetti", "emarchetti@example.org"),
  "Request under Cal. Civ. Code § 1798.83", "2027-12-02 09:50:00 PST",
  """To whom it may concern,

I am a California resident and a customer of 3DPros LLC. Pursuant to California Civil Code section 1798.83, please provide me with a list of the categories of personal information you disclosed to third parties for their direct marketing purposes during the preceding calendar year, and the names and addresses of those third parties.

Elaine Marchetti
Pasadena, CA 91101""",
  L=L(["shine_the_light"], ["ccpa", "ca_shine_the_light"], req=("Elaine Marchetti", "emarchetti@example.org"),
      notes="§ in subject (RFC 2047)"))

M("en-request-subject-only-shine.eml", "gmail", ("Ty Okafor", "ty.okafor@example.com"),
  "Shine the Light request - who did you share my info with for marketing?", "2027-12-03 23:12:00 PST", "",
  L=L(["shine_the_light"], ["ca_shine_the_light"], req=("Ty Okafor", "ty.okafor@example.com"),
      notes="subject-only, empty body; 'Shine the Light' named, no state"))

M("en-request-shine-no-legal-words.eml", "iphone", ("Carmen Delacroix", "carmen.dlx@example.net"),
  "who has my info", "2027-12-04 12:18:00 PST",
  """Hi, ever since I ordered the cookie cutters from you I get catalogs from two companies I never heard of. Did you give my name and address to other businesses for their mailings? Please send me the list of who you gave it to. I'm in Oakland CA.

Carmen

Sent from my iPhone""",
  L=L(["shine_the_light"], ["ccpa"], req=("Carmen Delacroix", "carmen.dlx@example.net"),
      notes="no legal words; asking which companies got her info for their marketing, from California -> shine_the_light"))

M("en-request-fwd-craftory-message.eml", "fwd", ("3DPros Team", "3dprosteam@gmail.com"),
  "Fwd: Message from buyer ellie_makes on Craftory", "2027-12-05 10:30:00 CST",
  """Logging this one here so it doesn't get lost in the Craftory inbox.

---------- Forwarded message ---------
From: Craftory Messages <messages@craftory.example>
Date: Sat, Dec 4, 2027 at 8:02 PM
Subject: Message from buyer ellie_makes
To: <3dprosteam@gmail.com>

ellie_makes wrote:

Hi! I bought the personalised pet tag from your Craftory shop. I just realised your shop also put me on an email list with my own address (ellie.marsh@example.com). I want all my details removed from your records outside of Craftory please, including that list. Thanks, Ellie Marsh

Reply on Craftory: https://craftory.example/messages/88412""",
  L=L(["deletion"], [], req=("Ellie Marsh", "ellie.marsh@example.com"),
      notes="staff forward of a marketplace message; the removal includes the list, filed as deletion only"))

M("en-request-texas-appeal-deletion.eml", "gmail", ("Walter Brisco", "wbrisco@example.com"),
  "Appeal - your refusal to delete my data", "2027-12-06 16:44:00 CST",
  """Hello,

On November 29 you told me you could not delete my data because I have "an open warranty claim." I closed that claim myself on the phone with you two weeks ago. I'm appealing that decision under the Texas privacy law and asking again that you delete my account and personal data.

Walter Brisco, Round Rock TX""",
  L=L(["appeal", "deletion"], ["tx_tdpsa"], req=("Walter Brisco", "wbrisco@example.com"),
      notes="disputes a refusal (appeal) and renews the demand (deletion); no earlier mail of his in the set"))

M("en-request-virginia-appeal-access.eml", "tb", ("Janine Sorensen", "jsorensen@example.net"),
  "Appeal of denied access request", "2027-12-08 08:05:00 EST",
  """To 3DPros LLC,

I submitted an access request on November 2 and was told it was denied because I "could not be verified". I gave you my order number and billing address, which is more than your notice asks for. I formally appeal that denial as provided by the Virginia Consumer Data Protection Act.

Janine Sorensen
Norfolk, Virginia""",
  L=L(["appeal"], ["va_vcdpa"], req=("Janine Sorensen", "jsorensen@example.net"), notes="appeal of an access refusal"))

M("en-request-complaint-other-customers-name.eml", "apple", ("Declan Moore", "declan.moore@example.com"),
  "Your email had someone else's details in it", "2027-12-09 19:37:00 EST",
  """Hi,

Your "your order has shipped" email tonight greeted me as "Dear Patricia" and listed a delivery address in Tulsa that isn't mine. So somebody else's information went to me, which makes me wonder where mine went.

I'm not happy about how carelessly this has been handled. Until you can tell me what happened, please don't use my details for anything except finishing my current order.

Declan Moore""",
  L=L(["complaint", "restriction"], [], req=("Declan Moore", "declan.moore@example.com"),
      notes="complaint about a mix-up with personal data; 'don't use my details except the order' = restriction"))

QUOTED = """
On Mon, Nov 29, 2027 at 9:12 AM 3DPros Team <3dprosteam@gmail.com> wrote:
> Hi Samira,
>
> Good news - your replacement dishwasher rack wheels (order 3DP-27-06610) went
> out today with USPS, tracking 9400 1000 0000 0000 0000 00.
>
> Cheers,
> Marco at 3DPros
>
> On Fri, Nov 26, 2027 at 4:40 PM Samira Haddad <samira.haddad@example.org> wrote:
>> Hi Marco, thanks for the quick quote. Go ahead with PETG in grey, 12 pieces.
>> I uploaded the measurement photos to the order page.
>>
>> On Thu, Nov 25, 2027 at 11:02 AM 3DPros Team <3dprosteam@gmail.com> wrote:
>>> Hi Samira, the wheels would be $2.40 each in PETG, $3.10 in nylon. Nylon is
>>> more heat resistant if they sit near the heating element. Let me know which
>>> you prefer and how many.
>>>
>>> Marco
>>>
>>> On Wed, Nov 24, 2027 at 8:15 PM Samira Haddad <samira.haddad@example.org> wrote:
>>>> Hello, my Bosch dishwasher's lower rack wheels keep breaking. The model is
>>>> no longer supported. Can you print replacements? I can send measurements.
"""

M("en-request-above-quoted-order-thread.eml", "gmail", ("Samira Haddad", "samira.haddad@example.org"),
  "Re: Your order 3DP-27-06610 has shipped", "2027-12-10 11:25:00 EST",
  """They arrived and fit perfectly, thank you!

Now that it's done, please remove my account, my address and the photos I uploaded from your system. I won't need them stored.

Samira
""" + QUOTED,
  L=L(["deletion"], [], req=("Samira Haddad", "samira.haddad@example.org"), notes="request above a long quoted order thread"))

PORT_HTML = """<html><body>
<div style="font-family:Helvetica">Hello 3DPros team,<br><br>
Over the last three years I've designed about forty custom miniatures with your online customizer. I'm moving my hobby to another print service and I'd like to take everything with me: <b>my saved designs, their settings, and my order history</b>, in a file format another service can import (CSV/JSON for the data, STL or 3MF for the models).<br><br>
Could you send me that export?<br><br>
Best,<br>Oskar Lindqvist<br>
<span style="color:#777">Sent from Mailbird</span></div>
</body></html>"""

M("en-request-html-only-export-designs.eml", "htmlonly", ("Oskar Lindqvist", "oskar.lindqvist@example.se"),
  "Exporting my designs", "2027-12-11 14:00:00 CET", "", html_body=PORT_HTML,
  L=L(["portability"], [], req=("Oskar Lindqvist", "oskar.lindqvist@example.se"),
      notes="HTML-only; portability in plain words; no place given (.se address alone does not count)"))

M("en-request-no-legal-words-what-on-file.eml", "gmail", ("Frank Dubois", "frankdubois52@example.com"),
  "Never ordered from you?", "2027-12-12 09:03:00 EST",
  """Good morning,

I got a "thanks for being a loyal customer" card from your company in the mail. I have never ordered from 3DPros as far as I know. What exactly do you have on file about me, and where did you get it? And whatever list that card came from, get me off it.

Frank Dubois""",
  L=L(["access", "opt_out_marketing"], [], req=("Frank Dubois", "frankdubois52@example.com"),
      notes="no legal words; 'what do you have on me' = access; off the list = opt_out_marketing"))

M("en-request-uk-dispute-address-restrict.eml", "outlook", ("Gemma Rowntree", "gemma.rowntree@example.co.uk"),
  "Incorrect address held on my account", "2027-12-13 10:48:00 GMT",
  """Hello,

The address on my customer account is wrong - it shows 7 Mill Lane, Harrogate, which I left in 2024 and where someone else now lives. Please correct it to 22 Station Parade, York YO24 1AB.

Until you have corrected it, please do not use the old address for anything (I don't want the Christmas catalogue going to the new occupants with my name on it).

Kind regards,
Gemma Rowntree""",
  L=L(["correction", "restriction"], ["uk_gdpr"], req=("Gemma Rowntree", "gemma.rowntree@example.co.uk"),
      notes="account/profile address (not an order's shipping address) -> correction; restriction until corrected"))

M("en-request-withdraw-photo-consent.eml", "gmail", ("Tamsin Greaves", "tamsin.greaves@example.com"),
  "Please stop using my photo", "2027-12-14 13:30:00 EST",
  """Hi 3DPros,

Last spring I agreed you could post the photo of the wedding cake topper you made for us, with our first names, on your Instagram and website. We've since separated and I'm withdrawing my consent. Please remove it wherever it appears.

Tamsin""",
  L=L(["withdraw_consent"], [], req=("Tamsin Greaves", "tamsin.greaves@example.com"), notes="withdraws earlier photo consent"))

M("en-request-finland-restriction-english.eml", "tb", ("Mikko Haapanen", "mikko.haapanen@example.fi"),
  "Restriction of processing", "2027-12-15 15:20:00 EET",
  """Hello,

I am a customer from Tampere, Finland. I have asked my bank to investigate a double charge from your shop (order 3DP-27-07002). While that dispute is open I ask you to restrict the processing of my personal data: keep it, but do not use it for anything other than the dispute. Please confirm.

Regards,
Mikko Haapanen""",
  L=L(["restriction"], ["gdpr"], req=("Mikko Haapanen", "mikko.haapanen@example.fi"), notes="Finland, in English"))

M("en-request-parent-uk-daughter-club.eml", "apple", ("Rachel Eastwood", "rachel.eastwood@example.co.uk"),
  "My daughter's profile on your Mini Makers Club", "2027-12-16 21:05:00 GMT",
  """Hello,

My daughter Poppy is 12. She joined your "Mini Makers Club" page with her own email (poppy.eastwood.paints@example.co.uk) and posted photos of her figures with her name and school jumper visible. I only just found out.

Please remove her posts and photos, close her club profile and delete her data. I'm her mum; happy to prove it if needed. We're in Leeds.

Rachel Eastwood""",
  L=L(["minor_removal", "deletion"], ["uk_gdpr"], req=("Poppy Eastwood", "poppy.eastwood.paints@example.co.uk"),
      agent=("Rachel Eastwood", "rachel.eastwood@example.co.uk"), agent_for=("Poppy Eastwood", "poppy.eastwood.paints@example.co.uk"),
      notes="parent for a 12-year-old"))

M("en-request-california-precise-location.eml", "gmail", ("Nathan Oyelaran", "n.oyelaran@example.com"),
  "Location data in your AR preview app", "2027-12-17 11:11:00 PST",
  """Hello,

Your AR preview app ("see your print on your desk") asked for my precise location and I granted it without thinking. I'm in Sacramento. Please limit your use of my sensitive personal information, including that precise geolocation, to what's strictly needed to run the app.

Nathan""",
  L=L(["limit_sensitive"], ["ccpa"], req=("Nathan Oyelaran", "n.oyelaran@example.com"), notes="Sacramento = California"))

M("en-request-oregon-hearing-aid-case.eml", "iphone", ("Lorraine Petty", "lpetty@example.net"),
  "About my hearing aid case order", "2027-12-18 09:40:00 PST",
  """Hello, I ordered a custom case for my hearing aids and told you about my hearing loss in the notes. I live in Salem, Oregon. I don't want that health info used for ads or anything beyond making the case. Please only use it for the order.

Lorraine

Sent from my iPhone""",
  L=L(["limit_sensitive"], ["or_ocpa"], req=("Lorraine Petty", "lpetty@example.net"),
      notes="health info in order notes; Oregon -> or_ocpa per brief vocabulary"))
