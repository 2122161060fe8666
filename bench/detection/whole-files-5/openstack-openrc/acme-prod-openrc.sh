#!/usr/bin/env bash
# To use an OpenStack cloud you need to authenticate against the Identity
# service named keystone, which returns a **Token** and **Service Catalog**.
export OS_AUTH_URL=https://keystone.cloud.acme-corp.net:5000/v3
export OS_PROJECT_ID=28abc70e91efa4c9c665284cb0f07586
export OS_PROJECT_NAME="shop-prod"
export OS_USER_DOMAIN_NAME="Default"
export OS_PROJECT_DOMAIN_ID="default"
export OS_USERNAME="deploy-bot"
export OS_PASSWORD="s_jz9i^lp2nM8Z4Wwc"
export OS_REGION_NAME="RegionOne"
export OS_INTERFACE=public
export OS_IDENTITY_API_VERSION=3
