/** What regulators record on key staff: sanctions (从业禁止, 处罚到人) and duty records (履职记录). */
package org.cosqual.personnel.domain.model.supervision;
