# /guide: a seller's guide to good customer service, one piece of advice per page. Written for
# sellerbot; each page ends with the sellerbot command that helps with that advice.

seller-command-guide = Guide: good customer service, page by page

guide-header = 📖 Seller guide · page { $page }/{ $total }

guide-listings-title = Clear listings, clear rules
guide-listings-body = Most questions start where a listing leaves a gap. Describe each item as it really is: size, material, colour, condition, and photos in daylight. Say plainly how you ship, how buyers can pay, what happens when something has to come back, and how you handle their personal data. A buyer who knows the rules before ordering asks less and argues less.
guide-listings-tool = /policy writes your shipping, payment, returns and privacy rules; buyers open them from the greeting or with /policies.

guide-response-time-title = Answer within a day
guide-response-time-body = A question left without an answer is often a sale lost. Aim to answer most messages within 24 hours, weekends included when you can. If you need time to check something, say so at once: “I'll measure it and write back tonight” is already an answer.
guide-response-time-tool = /help shows how many conversations are waiting for you; /hours tells buyers when you are at work.

guide-tone-title = Honest, polite, clear, brief
guide-tone-body = Write the way you would like to be answered: greet the buyer, use their name, and get to the point in a few sentences. Never promise what you are not sure of, such as a delivery date or a colour in stock; if you don't know, say you will find out. Stay polite even when the buyer is not.
guide-tone-tool = Reply to a buyer's message here and they get your answer from the shop, not from your account. If someone only insults you, don't argue back: /block, sent as a reply to their message, stops their messages reaching you.

guide-saved-replies-title = Prepare answers to frequent questions
guide-saved-replies-body = Delivery times, sizes, care instructions, tracking a parcel: the same questions come back every week. Write the best answer once, check it for typos and tone, and reuse it. You save time, every buyer gets the same careful answer, and you can still adapt it to the person.
guide-saved-replies-tool = /saved keeps your prepared answers; /r NAME, sent as a reply to a buyer's message, answers with one of them.

guide-away-title = Going away? Say so first
guide-away-body = A holiday, an illness, a trade fair: silence worries buyers more than a delay does. Before you leave, set an automatic answer that says when you will be back and what happens to orders meanwhile. Outside your working hours, a short note that you will answer in the morning does the same job.
guide-away-tool = /vacation sets the answer buyers get while you are away; /hours sets your working hours, and outside them buyers are told when you will be back.

guide-problems-title = When something goes wrong
guide-problems-body = A parcel is late, an item arrived damaged, the colour is not what the buyer expected. First acknowledge the problem and thank them for telling you. Don't look for someone to blame, not even the courier. Offer a way out (a replacement, a refund, a discount) and agree on it quickly: a small loss today often keeps a customer for years.
guide-problems-tool = /policy returns states your rules, so the solution is clear to both sides; a calm prepared answer in /saved helps on a bad day.

guide-reviews-title = Reviews belong to the buyer
guide-reviews-body = Never use a review as a bargaining chip. Don't offer a refund, a gift or a discount in exchange for a better rating or for removing a bad one, and never put pressure on a buyer who complained. Solve the problem for its own sake. A calm, honest public answer to criticism earns more trust than a perfect score.
guide-reviews-tool = The rules you publish with /policy apply to every buyer the same way, whatever they write about you.

guide-after-sale-title = Check that all is well
guide-after-sale-body = A few days after delivery, ask whether everything arrived in good shape and is as expected. A problem found early is cheap to fix, and the buyer sees a shop that still cares once it has been paid.
guide-after-sale-tool = For this check after a sale, use sellerbot's /followup.

guide-returning-buyers-title = Thank the buyers who come back
guide-returning-buyers-body = A coupon for the next order is a fine way to thank a regular customer. Send offers only to buyers who agreed to receive them: an unexpected advertisement in a private chat feels like spam and can cost you the customer.
guide-returning-buyers-tool = For coupons, use sellerbot's /coupon, and only for buyers who said yes to offers. /guide opens this guide again at any time.
