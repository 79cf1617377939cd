package org.globaloffice.web.view.foreignteacher;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.globaloffice.foreignteacher.boundary.ExpertContracts;
import org.globaloffice.foreignteacher.entity.ExpertContract;

/** The contract tab: terms, position, grade, weekly load and (office only) salary; renewals are recognised. */
@Named
@ViewScoped
public class ExpertContractsTab extends ExpertFileTab<ExpertContract> {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertContracts contracts;

    @Override
    protected List<ExpertContract> load(Long expertId) {
        return contracts.ofExpert(expertId);
    }

    @Override
    protected ExpertContract blank() {
        return new ExpertContract();
    }

    @Override
    protected ExpertContract store(Long expertId, ExpertContract contract) {
        return contracts.save(expertId, contract);
    }

    @Override
    protected void remove(ExpertContract contract) {
        contracts.delete(contract.getId(), contract.getVersion());
    }

    @Override
    protected String formId() {
        return "tabs:contracts";
    }
}
