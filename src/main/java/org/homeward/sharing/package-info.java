/**
 * The information sharing register (DOMAIN.md IS-01): every piece of information shared about a child, or
 * received about them from a third party, with what, from whom, to whom, when, how, why, the lawful basis,
 * consent and the evidence it rests on. Homeward records the shares it makes itself (the police information
 * pack, safe-and-well outcomes, return home interview summaries); other modules record theirs through
 * {@link org.homeward.sharing.SharingRegister}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "child", "crossborder", "episode", "rhi",
        "platform", "platform :: records", "platform :: web"})
package org.homeward.sharing;
