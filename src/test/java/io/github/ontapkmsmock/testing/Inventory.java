package io.github.ontapkmsmock.testing;

/** The embedded inventory's fixed names and UUIDs (src/main/resources/inventory.yaml). */
public final class Inventory {

    public static final String CLUSTER_UUID = "5f2a9d2e-7b44-11ee-9c0a-005056bb0001";
    public static final String ADMIN_SVM = "cluster1";
    public static final String ADMIN_SVM_UUID = "5f2a9d2e-7b44-11ee-9c0a-005056bb0002";
    public static final String VS0 = "vs0";
    public static final String VS0_UUID = "f36ff553-e713-11ea-bd56-005056bb4222";
    public static final String VS1 = "vs1";
    public static final String VS1_UUID = "0a1b2c3d-e713-11ea-bd56-005056bb4223";
    public static final String NODE1_UUID = "817f544f-a98d-11ec-ae20-005056ac7c32";
    public static final String NODE2_UUID = "84b3f5f3-a98d-11ec-9ff4-005056acfbe0";
    public static final String CLUSTER_CLIENT_CERT = "6a3e1b1c-7b44-11ee-9c0a-005056bb1001";
    public static final String CLUSTER_SERVER_CA = "6a3e1b1c-7b44-11ee-9c0a-005056bb1002";
    public static final String VS0_CLIENT_CERT = "6a3e1b1c-7b44-11ee-9c0a-005056bb2001";
    public static final String VS0_SERVER_CA = "6a3e1b1c-7b44-11ee-9c0a-005056bb2002";
    public static final String VS1_CLIENT_CERT = "6a3e1b1c-7b44-11ee-9c0a-005056bb3001";
    public static final String VS1_SERVER_CA = "6a3e1b1c-7b44-11ee-9c0a-005056bb3002";

    private Inventory() {
    }
}
