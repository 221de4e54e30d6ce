package org.homeward.child.internal.network;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** An associate with every child they are linked to (the network view), and changing their details. */
@Controller
@RequestMapping("/associates")
class AssociateController extends NetworkRecordController<Associate, AssociateForm> {

    AssociateController(AssociateService service, AssociateFormValidator validator, NetworkPages pages) {
        super(pages, service, validator, AssociateForm.PAGE, AssociateForm::of, "associate", "Details saved",
                (id, model) -> model.addAttribute("linked", service.children(id)));
    }
}
