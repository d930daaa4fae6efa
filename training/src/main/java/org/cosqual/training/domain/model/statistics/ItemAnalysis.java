package org.cosqual.training.domain.model.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The classical item analysis of one question (one version of it) over the graded attempts that
 * used it.
 *
 * <p><b>Difficulty index</b> p: the points the question earned over the points it could have
 * earned, {@code Σ awarded / Σ points}, from 0 (nobody earned anything) to 1 (everyone earned
 * everything); for a right-or-wrong question this is the share of right answers. An unanswered
 * question counts as earning nothing.
 *
 * <p><b>Discrimination</b> r: the corrected item–total correlation, that is the Pearson correlation
 * between the points the question earned in an attempt ({@code x}) and the rest of that attempt's
 * score, without this question ({@code y = score - x}); for a right-or-wrong question this is the
 * point-biserial correlation. Leaving the question out of the score keeps it from correlating with
 * itself, which matters on short papers. From the sums the database aggregates:
 *
 * <pre>
 *   r = (n·Σxy − Σx·Σy) / √((n·Σx² − (Σx)²) · (n·Σy² − (Σy)²))
 * </pre>
 *
 * It runs from −1 to 1: positive when the candidates who did better on the rest of the paper also
 * did better on this question. It is undefined (null) with fewer than two graded responses, when
 * the question's points do not vary (everyone right, or everyone wrong), when the rest of the score
 * does not vary, and when the attempts' whole scores do not vary (with equal scores the rest falls
 * exactly as the question rises, which says nothing about the question). A common rule of thumb
 * (Ebel) calls a question with r below {@link #WEAK_DISCRIMINATION} one to review.
 *
 * <p>Both indices are rounded half up to two decimals. Every graded attempt counts, a second
 * attempt of the same person as well.
 */
public final class ItemAnalysis {

  /** Below this, a question separates stronger from weaker candidates poorly. */
  public static final BigDecimal WEAK_DISCRIMINATION = new BigDecimal("0.20");

  private static final int SCALE = 2;
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  /**
   * One graded use of the question.
   *
   * @param awarded the points it earned in the attempt
   * @param points the points it was worth there
   * @param attemptScore the attempt's whole score, this question included
   * @param answered whether the candidate gave an answer
   */
  public record Response(int awarded, int points, int attemptScore, boolean answered) {}

  /**
   * The sums over a question's responses, with {@code x} the points awarded and {@code y} the rest
   * of the attempt's score.
   *
   * @param responses graded responses, n
   * @param answered responses where the candidate gave an answer
   * @param possible Σ points
   * @param awarded Σx
   * @param rest Σy
   * @param awardedSquares Σx²
   * @param restSquares Σy²
   * @param products Σxy
   */
  public record Sums(
      long responses,
      long answered,
      long possible,
      long awarded,
      long rest,
      long awardedSquares,
      long restSquares,
      long products) {

    public static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0, 0, 0);

    public Sums plus(Response response) {
      long x = response.awarded();
      long y = (long) response.attemptScore() - x;
      return new Sums(
          responses + 1,
          answered + (response.answered() ? 1 : 0),
          possible + response.points(),
          awarded + x,
          rest + y,
          awardedSquares + x * x,
          restSquares + y * y,
          products + x * y);
    }
  }

  private final Sums sums;
  private final BigDecimal difficulty;
  private final BigDecimal discrimination;

  public ItemAnalysis(Sums sums) {
    this.sums = sums;
    this.difficulty =
        sums.possible() == 0
            ? null
            : BigDecimal.valueOf(sums.awarded())
                .divide(BigDecimal.valueOf(sums.possible()), SCALE, RoundingMode.HALF_UP);
    this.discrimination = discrimination(sums);
  }

  public static ItemAnalysis of(List<Response> responses) {
    Sums sums = Sums.NONE;
    for (Response response : responses) {
      sums = sums.plus(response);
    }
    return new ItemAnalysis(sums);
  }

  private static BigDecimal discrimination(Sums s) {
    BigInteger n = BigInteger.valueOf(s.responses());
    BigInteger sx = BigInteger.valueOf(s.awarded());
    BigInteger sy = BigInteger.valueOf(s.rest());
    BigInteger sxx = BigInteger.valueOf(s.awardedSquares());
    BigInteger syy = BigInteger.valueOf(s.restSquares());
    BigInteger sxy = BigInteger.valueOf(s.products());
    BigInteger itemSpread = n.multiply(sxx).subtract(sx.pow(2));
    BigInteger restSpread = n.multiply(syy).subtract(sy.pow(2));
    // The whole score is x + y: Σ(x+y)² = Σx² + 2Σxy + Σy².
    BigInteger scoreSpread =
        n.multiply(sxx.add(sxy.shiftLeft(1)).add(syy)).subtract(sx.add(sy).pow(2));
    if (s.responses() < 2
        || itemSpread.signum() <= 0
        || restSpread.signum() <= 0
        || scoreSpread.signum() <= 0) {
      return null;
    }
    BigDecimal covariance = new BigDecimal(n.multiply(sxy).subtract(sx.multiply(sy)));
    BigDecimal spread = new BigDecimal(itemSpread.multiply(restSpread)).sqrt(PRECISION);
    return covariance.divide(spread, PRECISION).setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** Graded responses, n. */
  public long responses() {
    return sums.responses();
  }

  /** Graded responses in which the candidate gave an answer. */
  public long answered() {
    return sums.answered();
  }

  /** The difficulty index p, 0 to 1; null without responses. */
  public BigDecimal difficulty() {
    return difficulty;
  }

  /** The corrected item–total correlation, −1 to 1; null where undefined (see above). */
  public BigDecimal discrimination() {
    return discrimination;
  }

  /** Whether the question discriminates below {@link #WEAK_DISCRIMINATION}. */
  public boolean isWeak() {
    return discrimination != null && discrimination.compareTo(WEAK_DISCRIMINATION) < 0;
  }

  public Sums sums() {
    return sums;
  }
}
