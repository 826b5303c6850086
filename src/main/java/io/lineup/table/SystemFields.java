package io.lineup.table;

import java.util.List;
import java.util.Set;

/** The fields a profile list always has, as users of marketing platforms know them. */
public final class SystemFields {

  public static final String RIID = "RIID_";
  public static final String EMAIL = "EMAIL_ADDRESS_";
  public static final String EMAIL_MD5 = "EMAIL_MD5_HASH_";
  public static final String EMAIL_SHA256 = "EMAIL_SHA256_HASH_";
  public static final String CUSTOMER_ID = "CUSTOMER_ID_";
  public static final String MOBILE = "MOBILE_NUMBER_";
  public static final String EMAIL_PERMISSION = "EMAIL_PERMISSION_STATUS_";
  public static final String MOBILE_PERMISSION = "MOBILE_PERMISSION_STATUS_";
  public static final String CREATED = "CREATED_DATE_";
  public static final String MODIFIED = "MODIFIED_DATE_";

  /** Fields a profile list can be matched on. */
  public static final Set<String> MATCH_KEYS =
      Set.of(RIID, EMAIL, CUSTOMER_ID, MOBILE, EMAIL_MD5, EMAIL_SHA256);

  /** Fields an import never writes from the file: Lineup derives them. */
  public static final Set<String> DERIVED =
      Set.of(RIID, EMAIL_MD5, EMAIL_SHA256, CREATED, MODIFIED);

  /** Fields a profile list is indexed on, besides its primary key. */
  public static final List<String> INDEXED = List.of(EMAIL, CUSTOMER_ID, MOBILE);

  static final List<Field> PROFILE_LIST =
      List.of(
          Field.system(RIID, FieldType.INTEGER),
          Field.text(EMAIL, 255),
          Field.text(EMAIL_MD5, 32),
          Field.text(EMAIL_SHA256, 64),
          Field.text(CUSTOMER_ID, 255),
          Field.text(MOBILE, 32),
          Field.text("MOBILE_COUNTRY_", 2),
          Field.text("POSTAL_STREET_1_", 255),
          Field.text("CITY_", 100),
          Field.text("STATE_", 100),
          Field.text("POSTAL_CODE_", 20),
          Field.text("COUNTRY_", 2),
          Field.text(EMAIL_PERMISSION, 1),
          Field.text(MOBILE_PERMISSION, 1),
          Field.system(CREATED, FieldType.TIMESTAMP),
          Field.system(MODIFIED, FieldType.TIMESTAMP));

  static final List<Field> PROFILE_EXTENSION = List.of(Field.system(RIID, FieldType.INTEGER));

  private SystemFields() {}
}
